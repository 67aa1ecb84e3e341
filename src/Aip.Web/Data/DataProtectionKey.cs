namespace Aip.Web.Data;

/// <summary>One Data Protection key ring element, kept in the database so every app instance shares it.</summary>
public sealed class DataProtectionKey
{
    public Guid Id { get; set; } = Guid.NewGuid();

    public string? FriendlyName { get; set; }

    public string Xml { get; set; } = string.Empty;
}
