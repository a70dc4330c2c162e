namespace Ise.Imports;

[GenerateSerializer]
public enum ImportJobStatus
{
    /// <summary>Rows are being applied; <c>done</c> of <c>total</c> so far.</summary>
    Running = 0,

    /// <summary>Every row was applied or rejected; the report is final.</summary>
    Completed = 1,
}
