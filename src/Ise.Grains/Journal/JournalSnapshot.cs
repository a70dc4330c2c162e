namespace Ise.Journal;

/// <summary>A stream's state as of <see cref="Version"/>, serialized by <see cref="Format"/>.</summary>
public sealed record JournalSnapshot(string Stream, long Version, short Format, ReadOnlyMemory<byte> Payload);
