namespace Ise.Indexes;

/// <summary>One list a member belongs to: the index and the value it is listed under.</summary>
public readonly record struct IndexEntry(IndexName Index, string Value);
