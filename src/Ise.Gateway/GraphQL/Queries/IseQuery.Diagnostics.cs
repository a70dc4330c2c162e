using GraphQL;
using GraphQL.Types;
using Ise.Diagnostics;
using Ise.Gateway.GraphQL.Errors;
using Ise.Gateway.GraphQL.Types;
using Ise.Gateway.GraphQL.Types.Diagnostics;
using Ise.Gateway.Security;
using Ise.Programme;
using Ise.Security;
using Ise.Smes;

namespace Ise.Gateway.GraphQL.Queries;

/// <summary>The diagnostic questionnaire and the cross-border innovation guide, in a language.</summary>
public sealed partial class IseQuery
{
    private void DiagnosticQueries()
    {
        Field<NonNullGraphType<DiagnosticQuestionnaireGraphType>>("diagnosticQuestionnaire")
            .Description("A version of the diagnostic questionnaire (default: the latest); older versions stay readable.")
            .Argument<IntGraphType>("version")
            .Argument<NonNullGraphType<LanguageEnumGraphType>>("language")
            .Resolve(c =>
            {
                c.Caller();
                var catalog = c.RequestServices!.GetRequiredService<DiagnosticCatalog>();
                var version = c.GetArgument<int?>("version") ?? catalog.Latest.Version;
                if (!catalog.TryGet(version, out var questionnaire))
                {
                    throw ApiError.Create(ErrorCodes.NotFound, $"There is no questionnaire version {version}.", "version");
                }

                return new Localized<Questionnaire>(questionnaire, c.GetArgument<Language>("language"), questionnaire);
            });

        Field<NonNullGraphType<GuideGraphType>>("guide")
            .Description("The programme's cross-border innovation guide.")
            .Argument<NonNullGraphType<LanguageEnumGraphType>>("language")
            .Resolve(c =>
            {
                c.Caller();
                var catalog = c.RequestServices!.GetRequiredService<DiagnosticCatalog>();
                return new Localized<InnovationGuide>(catalog.Guide, c.GetArgument<Language>("language"), catalog.Latest);
            });

        Field<DiagnosticDraftGraphType>("diagnosticDraft")
            .Description("The caller's draft of an SME's diagnostic, or null: for those who may submit one (the secretariat, staff of a partner that leads or served the SME).")
            .Argument<NonNullGraphType<IdGraphType>>("smeId")
            .ResolveAsync(async c => await (await DiagnosticDraftGrainAsync(c)).Grain.GetAsync());
    }

    /// <summary>
    /// The caller's own draft of the SME named by the <c>smeId</c> argument, after the checks of submitting an
    /// assessment: the secretariat, or staff of a partner that leads or served the SME. Each assessor has their own.
    /// </summary>
    public static async Task<(IDiagnosticDraftGrain Grain, IseCaller Caller)> DiagnosticDraftGrainAsync(IResolveFieldContext context)
    {
        var caller = context.RequireRole(IseRole.Secretariat, IseRole.PartnerStaff);
        var sme = await LoadVisibleSmeAsync(context, context.GetArgument<string>("smeId"), "smeId");
        var key = IseKeys.DiagnosticDraft(sme.View.Profile.Id, caller.Name);
        return (context.RequestServices!.GetRequiredService<IGrainFactory>().GetGrain<IDiagnosticDraftGrain>(key), caller);
    }

    /// <summary>An SME's diagnostic results as the API shows them, or null before its first assessment.</summary>
    public static async Task<Localized<DiagnosticsOfSme>?> LoadDiagnosticsAsync(IResolveFieldContext context, SmeProfile profile, Language? language)
    {
        var results = await context.RequestServices!.GetRequiredService<IGrainFactory>().GetGrain<ISmeDiagnosticsGrain>(profile.Id).GetDiagnosticsAsync(language);
        if (results is null)
        {
            return null;
        }

        var questionnaire = context.RequestServices!.GetRequiredService<DiagnosticCatalog>().Get(results.Latest.Version);
        return new Localized<DiagnosticsOfSme>(new DiagnosticsOfSme(results, profile), results.Language, questionnaire);
    }
}
