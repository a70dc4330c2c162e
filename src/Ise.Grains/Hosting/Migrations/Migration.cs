using System.Globalization;

namespace Ise.Hosting.Migrations;

/// <summary>One versioned SQL script, named <c>NNNN_what_it_does.sql</c>.</summary>
public sealed record Migration(int Version, string Name, string Sql)
{
    public static Migration FromResource(string fileStem, string sql)
    {
        var separator = fileStem.IndexOf('_', StringComparison.Ordinal);
        if (separator <= 0 || !int.TryParse(fileStem.AsSpan(0, separator), NumberStyles.None, CultureInfo.InvariantCulture, out var version))
        {
            throw new InvalidOperationException($"Migration '{fileStem}' must be named NNNN_description.sql.");
        }

        return new Migration(version, fileStem[(separator + 1)..], sql);
    }
}
