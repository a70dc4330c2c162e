using System.Globalization;

namespace Ise.Testing;

/// <summary>Fresh, valid national company ids for tests.</summary>
public static class TestCompanyIds
{
    private const int KvkRange = 90_000_000;

    // From a random point, then one after the other: never the same KvK twice in a test process (2,000 random draws
    // collided about once in 45 runs, and an event then held one SME's registration twice).
    private static long s_lastKvk = Random.Shared.Next(KvkRange);

    /// <summary>A Dutch KvK number (eight digits) no other call in this process was given.</summary>
    public static string Kvk() => (10_000_000 + (Interlocked.Increment(ref s_lastKvk) % KvkRange)).ToString(CultureInfo.InvariantCulture);

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
