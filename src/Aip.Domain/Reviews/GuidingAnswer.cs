using Aip.Domain.Common;

namespace Aip.Domain.Reviews;

/// <summary>The district's answer to one guiding question.</summary>
public sealed class GuidingAnswer : Entity
{
    private GuidingAnswer()
    {
    }

    public int QuestionNumber { get; private set; }

    public string Text { get; private set; } = null!;

    internal static GuidingAnswer Create(int questionNumber, string text) => new() { QuestionNumber = questionNumber, Text = text };

    internal void Update(string text) => Text = text;
}
