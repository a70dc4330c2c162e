namespace Ise.Gateway.GraphQL.Types.PersonalData;

/// <summary>The answer to an erasure request.</summary>
public sealed record ErasureResult(string SmeId, string ContactId, bool Erased);
