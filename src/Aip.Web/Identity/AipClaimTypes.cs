namespace Aip.Web.Identity;

public static class AipClaimTypes
{
    public const string DistrictId = "aip:district";
    public const string DisplayName = "aip:name";

    /// <summary>Present when the account uses a second factor (so it cannot have signed in without one).</summary>
    public const string SecondFactor = "aip:2fa";
}
