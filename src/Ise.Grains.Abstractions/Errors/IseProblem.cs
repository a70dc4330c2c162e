namespace Ise.Errors;

/// <summary>One problem found in an input: the field at fault (API path) and what is wrong with it.</summary>
[GenerateSerializer, Immutable, Alias("ise.problem")]
public sealed record IseProblem(
    [property: Id(0)] string Field,
    [property: Id(1)] string Message);
