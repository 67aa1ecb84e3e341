namespace Aip.Documents.Layout;

/// <summary>US Letter in points (1/72 inch), with room above and below the body for the running header and footer.</summary>
internal static class PageGeometry
{
    public const double Width = 612;
    public const double Height = 792;
    public const double SideMargin = 54;
    public const double HeaderTop = 36;
    public const double HeaderRule = 64;
    public const double BodyTop = 78;
    public const double BodyBottom = 732;
    public const double FooterRule = 742;
    public const double FooterTop = 748;

    public const double BodyLeft = SideMargin;
    public const double BodyWidth = Width - (2 * SideMargin);
    public const double BodyRight = Width - SideMargin;
}
