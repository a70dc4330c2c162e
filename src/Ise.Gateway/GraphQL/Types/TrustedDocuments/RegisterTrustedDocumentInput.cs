namespace Ise.Gateway.GraphQL.Types.TrustedDocuments;

/// <summary>What the secretariat gives when registering a trusted document.</summary>
public sealed record RegisterTrustedDocumentInput(string Name, string? Description, string Document);
