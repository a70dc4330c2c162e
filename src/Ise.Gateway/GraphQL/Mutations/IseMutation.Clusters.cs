using GraphQL;
using GraphQL.Builders;
using GraphQL.Types;
using Ise.Clusters;
using Ise.Connections;
using Ise.Gateway.GraphQL.Errors;
using Ise.Gateway.GraphQL.Queries;
using Ise.Gateway.GraphQL.Types;
using Ise.Gateway.Security;
using Ise.Programme;
using Ise.Security;
using Ise.Smes;

namespace Ise.Gateway.GraphQL.Mutations;

/// <summary>Cluster membership, posts, and connections between SMEs.</summary>
public sealed partial class IseMutation
{
    private void ClusterMutations()
    {
        ClusterMembership("joinCluster", "Joins the sector's cluster (recorded in the SME's journey).", (g, s, day, by) => g.JoinClusterAsync(s, day, by));
        ClusterMembership("leaveCluster", "Leaves the sector's cluster.", (g, s, day, by) => g.LeaveClusterAsync(s, day, by));

        Field<NonNullGraphType<ClusterFeedItemGraphType>>("postToCluster")
            .Description("A member's post in its cluster's feed (text only, at most 2,000 characters); with an idempotency key a retry posts once.")
            .Argument<NonNullGraphType<SectorEnumGraphType>>("sector")
            .Argument<NonNullGraphType<IdGraphType>>("smeId")
            .Argument<NonNullGraphType<StringGraphType>>("text")
            .Argument<StringGraphType>("idempotencyKey")
            .ResolveAsync(async c =>
            {
                var smeId = c.GetArgument<string>("smeId");
                var caller = c.RequireRole(IseRole.Secretariat, IseRole.ClusterMember);
                if (caller.Role == IseRole.ClusterMember && caller.Scope != smeId)
                {
                    throw ApiError.Forbidden($"A member posts as its own SME ({caller.Scope}), not as {smeId}.");
                }

                await IseQuery.LoadVisibleSmeAsync(c, smeId, "smeId");
                var slug = ProgrammeCatalog.Describe(c.GetArgument<Sector>("sector")).Slug;
                if (!(await IseQuery.MemberClustersAsync(c, smeId)).Contains(slug))
                {
                    throw ApiError.Forbidden($"SME {smeId} is not a member of the {slug} cluster.");
                }

                return await Grains(c).GetGrain<IClusterGrain>(slug).PostAsync(smeId, c.GetArgument<string>("text"), c.GetArgument<string?>("idempotencyKey"));
            });
    }

    private void ConnectionMutations()
    {
        Field<NonNullGraphType<ConnectionRecordGraphType>>("recordConnection")
            .Description("At an event, an SME asks to meet another; both must be registered for it. With an idempotency key a retry returns the first one.")
            .Argument<NonNullGraphType<IdGraphType>>("eventId")
            .Argument<NonNullGraphType<IdGraphType>>("smeId")
            .Argument<NonNullGraphType<IdGraphType>>("otherSmeId")
            .Argument<StringGraphType>("idempotencyKey")
            .ResolveAsync(async c =>
            {
                var @event = await LoadEventAsync(c, c.GetArgument<string>("eventId"), "eventId");
                var caller = c.Caller();
                var smeId = c.GetArgument<string>("smeId");
                if (!(caller.Role == IseRole.ClusterMember && caller.Scope == smeId))
                {
                    caller.RequirePartner(@event.Definition.HostPartnerId, "recording connections at its events");
                }

                var requester = await RegisteredAttendeeAsync(c, @event, smeId, "smeId");
                var counterpart = await RegisteredAttendeeAsync(c, @event, c.GetArgument<string>("otherSmeId"), "otherSmeId");
                var key = c.GetArgument<string?>("idempotencyKey");
                var id = key is null ? ConnectionIds.New() : ConnectionIds.FromIdempotencyKey(caller.Name, key);
                return await Grains(c).GetGrain<IConnectionGrain>(id).RecordAsync(
                    new RecordConnection(@event.Id, @event.Definition.HostPartnerId, @event.Definition.Region, requester, counterpart));
            });

        ConnectionStep("markConnectionMet", "The two SMEs met: the connection counts for the event and their clusters.",
            (g, c, v) => g.MarkMetAsync(OccurredOn(c, [v.Definition.HostPartnerId]), c.Caller().Actor()),
            a => a.Argument<DateOnlyGraphType>(OccurredOnArgument, "The day they met, a local date of the event's region (default: today). " + OccurredOnRoles));
        ConnectionStep("recordConnectionOutcome", "The outcome, e.g. \"follow-up planned\", \"deal\", \"no fit\".", (g, c, _) => g.RecordOutcomeAsync(c.GetArgument<string>("outcome")),
            a => a.Argument<NonNullGraphType<StringGraphType>>("outcome"));
        ConnectionStep("rateConnectionFollowUp", "A follow-up rating (1-5), months after.", (g, c, _) => g.RateFollowUpAsync(c.GetArgument<int>("rating")),
            a => a.Argument<NonNullGraphType<IntGraphType>>("rating"));
    }

    private void ClusterMembership(string name, string description, Func<ISmeGrain, Sector, DateOnly?, string, Task<SmeView>> change) =>
        Field<NonNullGraphType<SmeGraphType>>(name)
            .Description(description + " The secretariat, partners that lead or served the SME, or its own member.")
            .Argument<NonNullGraphType<IdGraphType>>("smeId")
            .Argument<NonNullGraphType<SectorEnumGraphType>>("sector")
            .Argument<DateOnlyGraphType>(OccurredOnArgument, "The day it happened, a local date of the SME's region (default: today). " + OccurredOnRoles)
            .ResolveAsync(async c =>
            {
                var caller = c.RequireRole(IseRole.Secretariat, IseRole.PartnerStaff, IseRole.ClusterMember);
                var sme = await IseQuery.LoadVisibleSmeAsync(c, c.GetArgument<string>("smeId"), "smeId");
                var occurredOn = OccurredOn(c, sme.View.ServingPartnerIds);
                await change(Grains(c).GetGrain<ISmeGrain>(sme.View.Profile.Id), c.GetArgument<Sector>("sector"), occurredOn, caller.Actor());
                return await LoadSmeAsync(c, sme.View.Profile.Id);
            });

    private void ConnectionStep(string name, string description, Func<IConnectionGrain, IResolveFieldContext, ConnectionView, Task<ConnectionView>> step, Action<FieldBuilder<object?, object>>? arguments = null)
    {
        var field = Field<NonNullGraphType<ConnectionRecordGraphType>>(name)
            .Description(description + " The event's organisers or either SME's member.")
            .Argument<NonNullGraphType<IdGraphType>>("id");
        arguments?.Invoke(field);
        field.ResolveAsync(async c =>
        {
            var id = c.GetArgument<string>("id");
            if (!ConnectionIds.IsWellFormed(id))
            {
                throw ApiError.Invalid("id", $"'{id}' is not a connection id.");
            }

            var grain = Grains(c).GetGrain<IConnectionGrain>(id);
            var connection = await grain.GetAsync();
            var caller = c.Caller();
            var definition = connection.Definition;
            if (!(caller.Role == IseRole.ClusterMember && (caller.Scope == definition.Requester.SmeId || caller.Scope == definition.Counterpart.SmeId)))
            {
                caller.RequirePartner(definition.HostPartnerId, $"{name} for its events");
            }

            return await step(grain, c, connection);
        });
    }

    private static async Task<Ise.Events.Attendee> RegisteredAttendeeAsync(IResolveFieldContext context, Ise.Events.EventView @event, string smeId, string field)
    {
        if (!IseKeys.TryCountryOfSme(smeId, out _))
        {
            throw ApiError.Invalid(field, $"'{smeId}' is not an SME id.");
        }

        var bucket = Grains(context).GetGrain<Ise.Events.IAttendanceBucketGrain>(IseKeys.AttendanceBucket(@event.Id, StableHash.Bucket(smeId, @event.BucketCount)));
        var registration = await bucket.FindAsync(smeId, null, null)
            ?? throw ApiError.Create(ErrorCodes.NotFound, $"SME {smeId} is not registered for event {@event.Id}.", field);
        return registration.Attendee with { ContactId = null };
    }
}
