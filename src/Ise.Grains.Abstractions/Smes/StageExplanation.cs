namespace Ise.Smes;

/// <summary>The SME's stage and the journey entries that put it there.</summary>
[GenerateSerializer, Immutable, Alias("ise.stage-explanation")]
public sealed record StageExplanation(
    [property: Id(0)] SmeStage Stage,
    [property: Id(1)] IReadOnlyList<string> EntryIds);
