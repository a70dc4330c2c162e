namespace Ise.Imports;

/// <summary>
/// One data row of an uploaded file: its line in the file, its values in the order of
/// <see cref="ImportLayout.Columns"/> (empty when the column is absent), and, when the same firm or
/// attendee came earlier in the file, the line where it did.
/// </summary>
[GenerateSerializer, Immutable, Alias("ise.import-row")]
public sealed record ImportRow(
    [property: Id(0)] int Line,
    [property: Id(1)] IReadOnlyList<string> Values,
    [property: Id(2)] int? DuplicateOfLine = null);
