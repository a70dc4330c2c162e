using System.Globalization;

namespace Ise.Testing;

/// <summary>Fresh, valid national company ids for tests.</summary>
public static class TestCompanyIds
{
    public static string Kvk() => Random.Shared.Next(10_000_000, 99_999_999).ToString(CultureInfo.InvariantCulture);

    /// <summary>A Belgian enterprise number: 0 and seven digits, then 97 minus their remainder by 97.</summary>
    public static string Belgian()
    {
        var body = Random.Shared.Next(1_000_000, 9_999_999);
        return string.Create(CultureInfo.InvariantCulture, $"0{body:D7}{97 - (body % 97):D2}");
    }
}
