using System.Globalization;

namespace Ise.Testing;

/// <summary>Fresh, valid national company ids for tests.</summary>
public static class TestCompanyIds
{
    public static string Kvk() => Random.Shared.Next(10_000_000, 99_999_999).ToString(CultureInfo.InvariantCulture);

    /// <summary>A French SIREN: eight digits, then the one that makes the nine pass the Luhn check.</summary>
    public static string Siren()
    {
        var body = Random.Shared.Next(10_000_000, 99_999_999).ToString(CultureInfo.InvariantCulture);
        var sum = 0;
        for (var i = 0; i < body.Length; i++)
        {
            // From the right of the full number, the check digit is position 1: the body's last digit (position 2) is doubled.
            var digit = body[body.Length - 1 - i] - '0';
            if (i % 2 == 0)
            {
                digit *= 2;
                if (digit > 9)
                {
                    digit -= 9;
                }
            }

            sum += digit;
        }

        return body + ((10 - (sum % 10)) % 10).ToString(CultureInfo.InvariantCulture);
    }

    /// <summary>A Belgian enterprise number: 0 and seven digits, then 97 minus their remainder by 97.</summary>
    public static string Belgian()
    {
        var body = Random.Shared.Next(1_000_000, 9_999_999);
        return string.Create(CultureInfo.InvariantCulture, $"0{body:D7}{97 - (body % 97):D2}");
    }
}
