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
                // Submitted: the assessor's draft of it is done with.
                await Grains(c).GetGrain<IDiagnosticDraftGrain>(IseKeys.DiagnosticDraft(sme.View.Profile.Id, caller.Name)).DiscardAsync();
                var profile = (await LoadSmeAsync(c, sme.View.Profile.Id)).View.Profile;
                return await IseQuery.LoadDiagnosticsAsync(c, profile, null);
            });

        Field<NonNullGraphType<DiagnosticDraftGraphType>>("saveDiagnosticDraft")
            .Description("Keeps the caller's answers so far to an SME's diagnostic, replacing their previous draft, so they can resume on another device. The same callers as submitDiagnostic; answers off the questionnaire are refused with every problem in extensions.problems. Submitting the diagnostic discards the draft.")
            .Argument<NonNullGraphType<IdGraphType>>("smeId")
            .Argument<NonNullGraphType<DiagnosticDraftInputGraphType>>("input")
            .ResolveAsync(async c =>
            {
                var (draft, caller) = await IseQuery.DiagnosticDraftGrainAsync(c);
                var input = c.GetArgument<SubmitDiagnosticInput>("input");
                var partnerId = input.PartnerId ?? (caller.IsSecretariat ? null : caller.Scope);
                if (partnerId is not null)
                {
                    caller.RequirePartner(partnerId, "keeping an assessment for this partner");
                }

                return await draft.SaveAsync(new SaveDiagnosticDraft(input.Version, input.Language, partnerId,
                    [.. input.Answers.Select(a => new DiagnosticAnswer(a.QuestionId, a.Value))]));
            });

        Field<NonNullGraphType<BooleanGraphType>>("discardDiagnosticDraft")
            .Description("Removes the caller's draft of an SME's diagnostic; false when there was none.")
            .Argument<NonNullGraphType<IdGraphType>>("smeId")
            .ResolveAsync(async c => await (await IseQuery.DiagnosticDraftGrainAsync(c)).Grain.DiscardAsync());
    }
}
