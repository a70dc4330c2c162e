namespace Ise.Hosting;

/// <summary>Reminder chores shared by grains.</summary>
internal static class GrainReminders
{
    /// <summary>Unregisters the grain's reminder of that name, if it has one.</summary>
    public static async Task DropReminderAsync(this Grain grain, string reminderName)
    {
        if (await grain.GetReminder(reminderName) is { } reminder)
        {
            await grain.UnregisterReminder(reminder);
        }
    }
}
