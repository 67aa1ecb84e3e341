namespace Aip.Documents;

/// <summary>Turns a document description into a finished file. Safe to call from several threads at once.</summary>
public interface IDocumentRenderer
{
    /// <summary>The PDF bytes of <paramref name="spec"/>.</summary>
    byte[] Render(DocumentSpec spec);
}
