using Ise.Effects;

namespace Ise.Journal;

/// <summary>An effect a journal event causes, with the grain it is for.</summary>
public sealed record AddressedEffect(EffectTarget Target, string Key, Effect Effect);
