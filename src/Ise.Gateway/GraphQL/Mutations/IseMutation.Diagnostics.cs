using GraphQL;
using GraphQL.Types;
using Ise.Diagnostics;
using Ise.Gateway.GraphQL.Errors;
using Ise.Gateway.GraphQL.Queries;
using Ise.Gateway.GraphQL.Types.Diagnostics;
using Ise.Security;

namespace Ise.Gateway.GraphQL.Mutations;

/// <summary>Recording a 1-2-1 diagnostic assessment.</summary>
public sealed partial class IseMutation
{
    private void DiagnosticMutations()
    {
        Field<NonNullGraphType<SmeDiagnosticsGraphType>>("submitDiagnostic")
            .Description("Records a completed diagnostic assessment of an SME for the partner who ran it: the secretariat, or staff of a partner that leads or served the SME. Incomplete or invalid answers are refused with every problem in extensions.problems; nothing is recorded.")
            .Argument<NonNullGraphType<IdGraphType>>("smeId")
            .Argument<NonNullGraphType<SubmitDiagnosticInputGraphType>>("input")
            .Argument<StringGraphType>("idempotencyKey", "A retry with the same key records nothing and returns the results.")
            .Argument<DateOnlyGraphType>(OccurredOnArgument, "The day the assessment was made, a local date of the SME's region (default: today). " + OccurredOnRoles)
            .ResolveAsync(async c =>
            {
                var caller = c.RequireRole(IseRole.Secretariat, IseRole.PartnerStaff);
                var sme = await IseQuery.LoadVisibleSmeAsync(c, c.GetArgument<string>("smeId"), "smeId");
                var input = c.GetArgument<SubmitDiagnosticInput>("input");
                var partnerId = input.PartnerId ?? (caller.IsSecretariat
                    ? throw ApiError.Invalid("input.partnerId", "Name the partner who ran the assessment (input.partnerId).")
                    : caller.Scope!);
                caller.RequirePartner(partnerId, "recording an assessment for this partner");
                var command = new SubmitDiagnostic(input.Version, input.Language, partnerId, [.. input.Answers.Select(a => new DiagnosticAnswer(a.QuestionId, a.Value))],
                    c.GetArgument<string?>("idempotencyKey") is { } key ? $"{caller.Name}|{key}" : null, OccurredOn(c, [partnerId]), caller.Actor());
                await Grains(c).GetGrain<ISmeDiagnosticsGrain>(sme.View.Profile.Id).SubmitDiagnosticAsync(command);
                var profile = (await LoadSmeAsync(c, sme.View.Profile.Id)).View.Profile;
                return await IseQuery.LoadDiagnosticsAsync(c, profile, null);
            });
    }
}
