namespace Ise.Journal;

/// <summary>What became of a batch whose commit failed in a way that may have stored it anyway.</summary>
public enum BatchOutcome
{
    /// <summary>Its transaction did not commit: nothing of it is stored.</summary>
    NotCommitted = 0,

    /// <summary>Its transaction committed: its rows are stored and their effects are due.</summary>
    Committed = 1,

    /// <summary>The server has not finished the transaction yet (or cannot say now): ask again later.</summary>
    Undecided = 2,
}
