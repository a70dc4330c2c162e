using System.Xml.Linq;
using Microsoft.AspNetCore.DataProtection.XmlEncryption;

namespace Ise.Gateway.Security.KeyRing;

/// <summary>
/// Opens what <see cref="KeyRingXmlEncryptor"/> sealed. Data Protection creates it by the type name stored in
/// each element (with the application's services), so this type keeps its name and namespace.
/// </summary>
public sealed class KeyRingXmlDecryptor(IServiceProvider services) : IXmlDecryptor
{
    public XElement Decrypt(XElement encryptedElement) => services.GetRequiredService<KeyRingKeys>().Open(encryptedElement);
}
