namespace Ise.Journal;

/// <summary>The sender and sequence an effect was first sent under, before its sender moved to the journal.</summary>
public sealed record EffectOrigin(string Source, long Sequence);
