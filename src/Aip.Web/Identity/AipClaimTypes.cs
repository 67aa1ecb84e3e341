namespace Aip.Web.Identity;

public static class AipClaimTypes
{
    public const string DistrictId = "aip:district";
    public const string DisplayName = "aip:name";
}
