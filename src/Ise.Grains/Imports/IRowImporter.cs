namespace Ise.Imports;

/// <summary>Applies the rows of one kind of import through the grains' own validated methods.</summary>
internal interface IRowImporter
{
    /// <summary>What the row names (an SME id, an attendee code), so a second row naming it is a duplicate; null when the row names nothing valid.</summary>
    string? Key(ImportRow row);

    /// <summary>
    /// Whether rows naming different things may be applied at the same time: true when each row changes only
    /// what it names (an SME list), false when the file's order decides outcomes (seats at an event).
    /// </summary>
    bool RowsAreIndependent { get; }

    /// <summary>
    /// Applies one row; a refusal is a rejected row, never an exception, except
    /// <see cref="Errors.IseErrorCode.Unavailable"/> (storage failing), which says nothing about the row: the job applies it again later.
    /// </summary>
    Task<ImportRowResult> ApplyAsync(ImportRow row);
}
