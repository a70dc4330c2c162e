namespace Ise.Imports;

/// <summary>A column an import reads: its name in the reports and the other header names partners' spreadsheets use for it.</summary>
public sealed record ImportColumn(string Name, bool Required, IReadOnlyList<string> Aliases);
