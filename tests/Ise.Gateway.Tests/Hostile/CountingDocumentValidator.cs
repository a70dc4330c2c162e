using GraphQL.Validation;

namespace Ise.Gateway.Tests.Hostile;

/// <summary>GraphQL.NET's validator, counting the documents it is asked to validate: a request refused before validation leaves the count as it was.</summary>
public sealed class CountingDocumentValidator : IDocumentValidator
{
    private readonly DocumentValidator _inner = new();
    private int _validated;

    public int Validated => Volatile.Read(ref _validated);

    public Task<IValidationResult> ValidateAsync(in ValidationOptions options)
    {
        Interlocked.Increment(ref _validated);
        return _inner.ValidateAsync(options);
    }
}
