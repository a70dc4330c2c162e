namespace Ise.Imports;

/// <summary>Applies the rows of one kind of import through the grains' own validated methods.</summary>
internal interface IRowImporter
{
    /// <summary>What the row names (an SME id, an attendee code), so a second row naming it is a duplicate; null when the row names nothing valid.</summary>
    string? Key(ImportRow row);

    /// <summary>Applies one row; a refusal is a rejected row, never an exception.</summary>
    Task<ImportRowResult> ApplyAsync(ImportRow row);
}
