namespace Ise.Gateway.GraphQL.TrustedDocuments;

/// <summary>A document a workspace page sends (<see cref="PageDocuments"/>): the page's script and the exact text.</summary>
public sealed record PageDocument(string Page, string Document);
