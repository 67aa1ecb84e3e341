using System.Net;

namespace Aip.Testing;

public static class Responses
{
    public static bool IsRedirectToSignIn(this HttpResponseMessage response)
    {
        ArgumentNullException.ThrowIfNull(response);
        return response.StatusCode == HttpStatusCode.Redirect
            && response.Headers.Location is { } location
            && (location.IsAbsoluteUri ? location.AbsolutePath : location.OriginalString.Split('?')[0]) == "/account/sign-in";
    }
}
