namespace Aip.Domain.Common;

/// <summary>
/// A business rule was broken. The message is written for the person using the app: controllers show
/// it next to the form (or as a 409), never as a server error.
/// </summary>
public sealed class DomainException : Exception
{
    public DomainException(string message) : base(message)
    {
    }

    public DomainException(string message, Exception innerException) : base(message, innerException)
    {
    }

    public DomainException()
    {
    }
}
