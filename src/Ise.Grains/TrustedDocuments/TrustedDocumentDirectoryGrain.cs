using System.Globalization;
using Ise.Errors;

namespace Ise.TrustedDocuments;

/// <summary>
/// The programme's trusted documents, revoked ones kept with who revoked them and when. Bounded: at most
/// <see cref="MaxDocuments"/> documents of at most <see cref="MaxDocumentLength"/> characters. Rarely changed, so its whole state is written on each
/// change. Not on any request's path: gateways read <see cref="GetSnapshotAsync"/> every few seconds,
/// and only when the version changed does it carry the documents. Non-reentrant.
/// </summary>
public sealed class TrustedDocumentDirectoryGrain(
    [PersistentState("trusted-document-directory", IseKeys.StorageName)] IPersistentState<TrustedDocumentDirectoryState> state,
    TimeProvider time)
    : Grain, ITrustedDocumentDirectoryGrain
{
    public const int MaxDocuments = 500;
    public const int MaxDocumentLength = 32 * 1024;
    public const int MaxNameLength = 100;
    public const int MaxDescriptionLength = 1000;

    private TrustedDocumentDirectoryState State => state.State;

    public async Task<TrustedDocument> RegisterAsync(RegisterTrustedDocument request)
    {
        Check(request);
        var id = TrustedDocumentIds.Of(request.Document);
        var at = State.Documents.FindIndex(d => d.Id == id);
        if (at >= 0 && !State.Documents[at].IsRevoked)
        {
            return State.Documents[at];
        }

        if (at < 0 && State.Documents.Count >= MaxDocuments)
        {
            throw IseException.Conflict(string.Create(CultureInfo.InvariantCulture, $"The directory holds {MaxDocuments} trusted documents, its limit."));
        }

        // Registered again after it was revoked: trusted anew, under this registration.
        var document = new TrustedDocument(id, request.Name.Trim(), NullIfBlank(request.Description), request.Document, time.GetUtcNow(), request.Actor);
        if (at >= 0)
        {
            State.Documents.RemoveAt(at);
        }

        State.Documents.Add(document);
        await WriteAsync();
        return document;
    }

    public async Task<TrustedDocument> RevokeAsync(string id, string actor)
    {
        var at = State.Documents.FindIndex(d => d.Id == id);
        if (at < 0)
        {
            throw IseException.NotFound("id", $"No registered trusted document has the id {id}.");
        }

        if (State.Documents[at].IsRevoked)
        {
            return State.Documents[at];
        }

        var revoked = State.Documents[at] with { RevokedAt = time.GetUtcNow(), RevokedBy = actor };
        State.Documents[at] = revoked;
        await WriteAsync();
        return revoked;
    }

    public Task<IReadOnlyList<TrustedDocument>> ListAsync() =>
        Task.FromResult<IReadOnlyList<TrustedDocument>>([.. Enumerable.Reverse(State.Documents)]);

    public Task<TrustedDocumentSnapshot?> GetSnapshotAsync(long knownVersion) =>
        Task.FromResult(knownVersion == State.Version ? null : new TrustedDocumentSnapshot(State.Version, [.. State.Documents.Where(d => !d.IsRevoked)]));

    private async Task WriteAsync()
    {
        State.Version++;
        try
        {
            await state.WriteStateAsync();
        }
        catch
        {
            // Memory is ahead of storage: drop the activation so the next call reads the truth.
            DeactivateOnIdle();
            throw;
        }
    }

    private static void Check(RegisterTrustedDocument request)
    {
        if (string.IsNullOrWhiteSpace(request.Name) || request.Name.Trim().Length > MaxNameLength)
        {
            throw IseException.Invalid("input.name", string.Create(CultureInfo.InvariantCulture, $"A trusted document's name has 1 to {MaxNameLength} characters."));
        }

        if (request.Description?.Length > MaxDescriptionLength)
        {
            throw IseException.Invalid("input.description", string.Create(CultureInfo.InvariantCulture, $"A trusted document's description has at most {MaxDescriptionLength} characters."));
        }

        if (string.IsNullOrWhiteSpace(request.Document) || request.Document.Length > MaxDocumentLength)
        {
            throw IseException.Invalid("input.document", string.Create(CultureInfo.InvariantCulture, $"A trusted document has 1 to {MaxDocumentLength} characters."));
        }
    }

    private static string? NullIfBlank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
