using Aip.Documents.Tests.Support;
using Aip.Testing;
using static Aip.Documents.Tests.Support.Documents;

namespace Aip.Documents.Tests;

public class ConcurrencyTests
{
    [PdfToolsFact]
    public void Concurrent_renders_with_one_renderer_do_not_mix_their_content()
    {
        var specs = Enumerable.Range(1, 8)
            .Select(n => Spec(new Heading($"Document {n}"), NumberedLines($"Doc{n} line", 40 * n), Benchmarks(10 * n)))
            .ToArray();

        var results = new byte[specs.Length][];
        Parallel.For(0, specs.Length, new ParallelOptions { MaxDegreeOfParallelism = 4 }, i => results[i] = Renderer.Render(specs[i]));

        for (var i = 0; i < specs.Length; i++)
        {
            var n = i + 1;
            Assert.Equal(PdfTools.Text(Renderer.Render(specs[i])), PdfTools.Text(results[i]));
            Assert.Contains($"Doc{n} line {40 * n}", PdfTools.Text(results[i]), StringComparison.Ordinal);
        }
    }
}
