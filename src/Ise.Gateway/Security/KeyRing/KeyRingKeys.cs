using System.Security.Cryptography;
using System.Text;
using System.Xml.Linq;
using Ise.Hosting;

namespace Ise.Gateway.Security.KeyRing;

/// <summary>
/// The keys that encrypt the Data Protection key ring at rest (<c>Ise:DataProtection</c>): each secret element
/// of a key (its master key) is sealed with AES-256-GCM under the current key, its id written beside the
/// cipher text (and bound to it as associated data); any configured key opens what it sealed. The silo and
/// PostgreSQL only ever see sealed elements.
/// </summary>
public sealed class KeyRingKeys
{
    public const int KeyBytes = 32;

    /// <summary>The id of the key made at start in embedded mode when none is configured.</summary>
    public const string GeneratedId = "generated-at-start";

    private const int NonceBytes = 12;
    private const int TagBytes = 16;
    private const int MaxIdLength = 64;

    /// <summary>The element a sealed secret is stored as (inside Data Protection's <c>encryptedSecret</c>).</summary>
    public static readonly XName SealedElement = "iseSealedSecret";

    private readonly Dictionary<string, byte[]> _keys;

    private KeyRingKeys(Dictionary<string, byte[]> keys, string current, bool generated)
    {
        _keys = keys;
        Current = current;
        Generated = generated;
    }

    /// <summary>The id of the key that seals.</summary>
    public string Current { get; }

    /// <summary>True in embedded mode without configured keys: the key lives as long as the process (and so does the ring).</summary>
    public bool Generated { get; }

    public IReadOnlyCollection<string> Ids => _keys.Keys;

    /// <summary>
    /// The configured keys, checked. Cluster mode refuses to start without one (the ring outlives the process
    /// there); embedded mode makes one for the process, whose ring is in memory too.
    /// </summary>
    public static KeyRingKeys From(KeyRingProtectionOptions options, IseMode mode)
    {
        if (options.Keys.Count == 0)
        {
            return mode == IseMode.Embedded
                ? new KeyRingKeys(new(StringComparer.Ordinal) { [GeneratedId] = RandomNumberGenerator.GetBytes(KeyBytes) }, GeneratedId, generated: true)
                : throw new InvalidOperationException(
                    $"{KeyRingProtectionOptions.Section}:Keys is empty: in cluster mode every gateway needs the same key(s) to encrypt the shared "
                    + $"Data Protection key ring at rest. Configure {KeyRingProtectionOptions.Section}:Keys:0:Id (a name such as 2025-01) and "
                    + $"{KeyRingProtectionOptions.Section}:Keys:0:Key ({KeyBytes} random bytes in base64, e.g. `openssl rand -base64 {KeyBytes}`) on every gateway.");
        }

        var keys = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        foreach (var (key, index) in options.Keys.Select((k, i) => (k, i)))
        {
            var setting = $"{KeyRingProtectionOptions.Section}:Keys:{index}";
            if (string.IsNullOrWhiteSpace(key.Id) || key.Id.Length > MaxIdLength || !key.Id.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.'))
            {
                throw new InvalidOperationException($"{setting}:Id must be 1 to {MaxIdLength} letters, digits, '-', '_' or '.'.");
            }

            if (!keys.TryAdd(key.Id, Decode(key.Key, setting)))
            {
                throw new InvalidOperationException($"{setting}:Id '{key.Id}' is listed twice.");
            }
        }

        var current = string.IsNullOrWhiteSpace(options.EncryptWith) ? options.Keys[^1].Id : options.EncryptWith;
        return keys.ContainsKey(current)
            ? new KeyRingKeys(keys, current, generated: false)
            : throw new InvalidOperationException(
                $"{KeyRingProtectionOptions.Section}:EncryptWith names '{current}', which is not among the configured keys ({string.Join(", ", keys.Keys)}).");
    }

    public bool Has(string id) => _keys.ContainsKey(id);

    /// <summary>Seals a secret element with the current key.</summary>
    public XElement Seal(XElement secret)
    {
        var plaintext = Encoding.UTF8.GetBytes(secret.ToString(SaveOptions.DisableFormatting));
        var nonce = RandomNumberGenerator.GetBytes(NonceBytes);
        var tag = new byte[TagBytes];
        var ciphertext = new byte[plaintext.Length];
        using (var aes = new AesGcm(_keys[Current], TagBytes))
        {
            aes.Encrypt(nonce, plaintext, ciphertext, tag, Encoding.UTF8.GetBytes(Current));
        }

        CryptographicOperations.ZeroMemory(plaintext);
        return new XElement(
            SealedElement,
            new XAttribute("keyId", Current),
            new XAttribute("algorithm", "AES-256-GCM"),
            new XAttribute("nonce", Convert.ToBase64String(nonce)),
            new XAttribute("tag", Convert.ToBase64String(tag)),
            Convert.ToBase64String(ciphertext));
    }

    /// <summary>Opens a sealed secret; the message of a failure says which configured key is missing or differs.</summary>
    public XElement Open(XElement sealedSecret)
    {
        var id = KeyIdOf(sealedSecret);
        if (!_keys.TryGetValue(id, out var key))
        {
            throw new CryptographicException(
                $"This Data Protection key was encrypted at rest with {KeyRingProtectionOptions.Section} key '{id}', which this gateway "
                + $"does not have (configured: {string.Join(", ", _keys.Keys)}). Sessions protected with it are not read here. Configure "
                + $"key '{id}' again (README, Security, Key ring).");
        }

        try
        {
            var ciphertext = Convert.FromBase64String(sealedSecret.Value);
            var plaintext = new byte[ciphertext.Length];
            using (var aes = new AesGcm(key, TagBytes))
            {
                aes.Decrypt(
                    Convert.FromBase64String((string?)sealedSecret.Attribute("nonce") ?? ""),
                    ciphertext,
                    Convert.FromBase64String((string?)sealedSecret.Attribute("tag") ?? ""),
                    plaintext,
                    Encoding.UTF8.GetBytes(id));
            }

            var secret = XElement.Parse(Encoding.UTF8.GetString(plaintext));
            CryptographicOperations.ZeroMemory(plaintext);
            return secret;
        }
        catch (Exception ex) when (ex is CryptographicException or FormatException or ArgumentException)
        {
            throw new CryptographicException(
                $"This Data Protection key was encrypted at rest with {KeyRingProtectionOptions.Section} key '{id}', but the key configured "
                + $"here under that id does not open it: the gateways' keys named '{id}' differ, or the stored element was altered.",
                ex);
        }
    }

    /// <summary>The ids of the keys that sealed the secrets of a stored key element (none: nothing sealed in it).</summary>
    public static IReadOnlyList<string> SealedWith(XElement keyElement) =>
        [.. keyElement.Descendants(SealedElement).Select(KeyIdOf).Distinct(StringComparer.Ordinal)];

    private static string KeyIdOf(XElement sealedSecret) => (string?)sealedSecret.Attribute("keyId") ?? "";

    private static byte[] Decode(string base64, string setting)
    {
        var bytes = new byte[KeyBytes];
        return Convert.TryFromBase64String(base64.Trim(), bytes, out var written) && written == KeyBytes
            ? bytes
            : throw new InvalidOperationException($"{setting}:Key must be {KeyBytes} random bytes in base64 (e.g. `openssl rand -base64 {KeyBytes}`).");
    }
}
