using Ise.Errors;

namespace Ise.Diagnostics;

/// <summary>
/// One assessor's draft of one SME's diagnostic. Rarely written (when the assessor saves), so plain
/// persistent state: checked, replaced whole, written before the save is acknowledged. The gateway
/// decides who may keep a draft of which SME (the same rules as submitting); this grain checks the
/// answers against the questionnaire, so a draft can always be submitted once it is complete.
/// </summary>
public sealed class DiagnosticDraftGrain(
    [PersistentState("diagnostic-draft", IseKeys.StorageName)] IPersistentState<DiagnosticDraftState> state,
    DiagnosticCatalog catalog,
    TimeProvider time) : Grain, IDiagnosticDraftGrain
{
    public async Task<DiagnosticDraft> SaveAsync(SaveDiagnosticDraft command)
    {
        var problems = DiagnosticSubmissionChecks.Problems(catalog, command);
        if (problems.Count > 0)
        {
            throw IseException.Invalid(problems);
        }

        state.State.Draft = new DiagnosticDraft(command.Version, command.Language, command.PartnerId, [.. command.Answers], time.GetUtcNow());
        await state.WriteStateAsync();
        return state.State.Draft;
    }

    public Task<DiagnosticDraft?> GetAsync() => Task.FromResult(state.State.Draft);

    public async Task<bool> DiscardAsync()
    {
        if (state.State.Draft is null)
        {
            return false;
        }

        await state.ClearStateAsync();
        state.State.Draft = null;
        return true;
    }
}
