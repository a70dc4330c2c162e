namespace Ise.PersonalData;

/// <summary>What was done with a contact's personal data.</summary>
[GenerateSerializer]
public enum PersonalDataAction
{
    /// <summary>Contact details were shown to a caller.</summary>
    Read = 0,

    /// <summary>A contact was recorded (with consent).</summary>
    Added = 1,

    /// <summary>A contact's details were corrected.</summary>
    Rectified = 2,

    /// <summary>A contact was erased on request.</summary>
    Erased = 3,

    /// <summary>Everything held about a contact was exported (subject access).</summary>
    Exported = 4,

    /// <summary>A contact was erased by the retention rule (no engagement for the configured time).</summary>
    ErasedByRetention = 5,
}
