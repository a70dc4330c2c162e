namespace Ise.Imports;

/// <summary>What a CSV import brings in.</summary>
[GenerateSerializer]
public enum ImportKind
{
    /// <summary>Firms, registered for their lead partner.</summary>
    Smes = 0,

    /// <summary>Who attended one event: checked in while it is live, recorded retroactively once it is closed.</summary>
    Attendance = 1,

    /// <summary>Past events, each created and recorded as held (closed) on its date: the programme's history.</summary>
    HistoryEvents = 2,

    /// <summary>Past diagnostic assessments (answers or dimension scores), each recorded on the day it was made: the programme's history.</summary>
    HistoryDiagnostics = 3,
}
