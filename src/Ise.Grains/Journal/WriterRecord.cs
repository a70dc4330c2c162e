namespace Ise.Journal;

/// <summary>A writer as stored: who owns it now, its epoch, the last batch whose effects were delivered.</summary>
public sealed record WriterRecord(string Writer, string Silo, string Owner, long Epoch, long Delivered, bool Retired);
