using System.Globalization;
using GraphQL.Types.Relay.DataObjects;
using Ise.Events;
using Ise.Gateway.GraphQL.Errors;

namespace Ise.Gateway.GraphQL.Connections;

/// <summary>Pages through an event's registrations bucket by bucket (each bucket holds a few dozen).</summary>
public static class AttendeePager
{
    public static async Task<Connection<Registration>> PageAsync(
        IGrainFactory grains, EventView @event, AttendanceStatus? status, int? first, string? after)
    {
        var size = PageSize.Of(first);
        var (bucket, afterCode) = Parse(Cursor.Decode(after), @event.BucketCount);
        var page = new List<(Registration, string)>();
        for (; bucket < @event.BucketCount; bucket++, afterCode = null)
        {
            var registrations = await grains.GetGrain<IAttendanceBucketGrain>(IseKeys.AttendanceBucket(@event.Id, bucket)).ListAsync(status);
            var start = afterCode is null ? 0 : registrations.ToList().FindIndex(r => r.Code == afterCode) + 1;
            foreach (var registration in registrations.Skip(start))
            {
                if (page.Count == size)
                {
                    return Pages.Of(page, hasNextPage: true, hasPreviousPage: after is not null);
                }

                page.Add((registration, string.Create(CultureInfo.InvariantCulture, $"{bucket}:{registration.Code}")));
            }
        }

        return Pages.Of(page, hasNextPage: false, hasPreviousPage: after is not null);
    }

    private static (int Bucket, string? Code) Parse(string? position, int buckets)
    {
        if (position is null)
        {
            return (0, null);
        }

        var parts = position.Split(':', 2);
        return parts.Length == 2 && int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var bucket) && bucket < buckets
            ? (bucket, parts[1])
            : throw ApiError.Invalid("after", "The cursor does not belong to this list.");
    }
}
