namespace Ise.Diagnostics;

/// <summary>
/// The sentence parts of a recommendation's "because": <see cref="Because"/> wraps the facts
/// (<c>{facts}</c>), each fact is <see cref="Below"/> or <see cref="AtLeast"/> with <c>{name}</c>,
/// <c>{score}</c> and <c>{threshold}</c>, joined by <see cref="And"/>.
/// </summary>
public sealed record ExplanationPhrases(LocalizedText Because, LocalizedText Below, LocalizedText AtLeast, LocalizedText And);
