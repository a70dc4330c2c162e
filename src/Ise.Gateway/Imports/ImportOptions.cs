namespace Ise.Gateway.Imports;

/// <summary>Settings of the CSV imports (<c>Ise:Imports</c>).</summary>
public sealed class ImportOptions
{
    /// <summary>The largest CSV file accepted, in bytes; a larger upload gets 413. Default 10 MiB.</summary>
    public long MaxUploadBytes { get; set; } = 10 * 1024 * 1024;
}
