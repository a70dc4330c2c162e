using Ise.Effects;

namespace Ise.Journal;

/// <summary>
/// An effect a journal event causes, with the grain it is for. An effect carried over from an
/// outbox of the storage this journal replaced keeps its <see cref="Origin"/>, so a receiver that
/// had already applied it recognises it.
/// </summary>
public sealed record AddressedEffect(EffectTarget Target, string Key, Effect Effect, EffectOrigin? Origin = null);
