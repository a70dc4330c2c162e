namespace Ise.Imports;

/// <summary>What became of one row of an import.</summary>
[GenerateSerializer]
public enum ImportRowOutcome
{
    /// <summary>The row changed something (an SME registered, an attendance recorded).</summary>
    Accepted = 0,

    /// <summary>What the row says was already so (a re-run, or a firm registered before): nothing changed.</summary>
    Unchanged = 1,

    /// <summary>The row is wrong or was refused; the reason says why. Nothing changed for it.</summary>
    Rejected = 2,
}
