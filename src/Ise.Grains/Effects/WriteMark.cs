namespace Ise.Effects;

/// <summary>What one grain write makes durable: outbox entries up to a sequence, removals up to a count.</summary>
public readonly record struct WriteMark(long DurableThrough, long Removals);
