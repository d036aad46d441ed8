extern alias AnalyzerAssembly;
using System.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using A = AnalyzerAssembly::KerasDsl.Analyzers;

namespace KerasDsl.Benchmarks;

/// <summary>
/// Each phase of KerasDsl's work over the 500 build-cost models, timed apart, round by round in one process: the compiler
/// binding a member's code (the floor any reading by binding pays), lowering it without places (the generator) and with
/// them (the analyzer), running it, summarizing, emitting, and the compiler parsing what was emitted. Round 0 is a first
/// build's state (everything JIT-compiled on first use), round 1 a developer's next build; later rounds show the code
/// once tiered compilation has optimized it. A profile, not a benchmark: `-- phases [rounds]`.
/// </summary>
internal static class Phases
{
    public static void Print(int rounds)
    {
        var benchmarks = new CompilerBenchmarks();
        benchmarks.Setup();
        for (int round = 0; round < rounds; round++)
        {
            var compilation = benchmarks.Compilation.Clone();
            var api = A.Lowering.RuntimeApi.For(compilation)!;
            var t = new Dictionary<string, double>();
            var bytes = new Dictionary<string, long>();
            long chars = 0;
            void Time(string name, Action a)
            {
                long before = GC.GetAllocatedBytesForCurrentThread();
                var s = Stopwatch.StartNew();
                a();
                t[name] = t.GetValueOrDefault(name) + s.Elapsed.TotalMilliseconds;
                bytes[name] = bytes.GetValueOrDefault(name) + GC.GetAllocatedBytesForCurrentThread() - before;
            }
            foreach (var tree in compilation.SyntaxTrees)
            {
                var model = compilation.GetSemanticModel(tree);
                foreach (var node in tree.GetRoot().DescendantNodes().OfType<VariableDeclaratorSyntax>())
                {
                    if (node.Initializer == null) continue;
                    var symbol = model.GetDeclaredSymbol(node)!;
                    IOperation op = null!;
                    Time("bind", () => op = model.GetOperation(node.Initializer)!);
                    A.Program.ModelProgram p1 = null!, p2 = null!;
                    Time("lower", () => p1 = A.Parser.ModelTargetParser.Lower(op, symbol, api, compilation, false, default));
                    Time("lower+loc", () => p2 = A.Parser.ModelTargetParser.Lower(op, symbol, api, compilation, true, default));
                    A.Interpretation.Evaluation e = null!;
                    Time("eval", () => e = A.Interpretation.Interpreter.Evaluate(p1, default));
                    Time("eval+loc", () => A.Interpretation.Interpreter.Evaluate(p2, default));
                    Time("summarize+render+message", () => { var s = A.Evaluation.ModelFacts.Summarize(e); A.Diagnostics.Messages.ModelSummary(s!.Value.Summary); });
                    var target = A.Parser.ModelTargetParser.Create(node, symbol, false, null, p1);
                    A.Models.GeneratedModelInfo info = null!;
                    Time("facts(eval+summarize)", () => info = A.Evaluation.ModelFacts.For(target, default)!);
                    Time("emit", () => chars += A.Emitter.SummaryEmitter.Emit(info).Length);
                    var text = A.Emitter.SummaryEmitter.Emit(info);
                    Time("parse generated", () => Microsoft.CodeAnalysis.CSharp.CSharpSyntaxTree.ParseText(text, (Microsoft.CodeAnalysis.CSharp.CSharpParseOptions)tree.Options).GetRoot());
                }
            }
            Console.WriteLine($"round {round}: " + string.Join(", ", t.Select(kv => $"{kv.Key} {kv.Value:F0} ms {bytes[kv.Key] / 1e6:F0} MB")) + $"; emitted {chars:N0} chars");
        }
    }
}
