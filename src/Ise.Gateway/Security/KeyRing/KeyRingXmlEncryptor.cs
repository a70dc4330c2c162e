using System.Xml.Linq;
using Microsoft.AspNetCore.DataProtection.XmlEncryption;

namespace Ise.Gateway.Security.KeyRing;

/// <summary>Data Protection's hook for a new key's secret: sealed with the current <c>Ise:DataProtection</c> key.</summary>
public sealed class KeyRingXmlEncryptor(KeyRingKeys keys) : IXmlEncryptor
{
    public EncryptedXmlInfo Encrypt(XElement plaintextElement) => new(keys.Seal(plaintextElement), typeof(KeyRingXmlDecryptor));
}
