"""Writes a C# project of N [KerasModel] models (Dense, Conv2D, recurrent and Bidirectional chains of
4 to 12 layers), deterministic for a given seed. Used by run.sh to measure KerasDsl's cost in a build."""
import random
import sys

out_dir, count, version = sys.argv[1], int(sys.argv[2]), sys.argv[3]
rng = random.Random(42)


def dense_chain(n):
    layers = [f'.Dense({rng.choice([16, 32, 64, 128])}, activation: "relu", input: {rng.choice([8, 32, 100])})']
    layers += [f'.Dense({rng.choice([8, 16, 32, 64])}, activation: "relu")' for _ in range(n - 2)]
    return layers + ['.Dense(1)']


def conv_chain(n):
    layers = [f'.Conv2D({rng.choice([8, 16, 32])}, (3, 3), activation: "relu", padding: "same", input: (64, 64, 3))']
    for i in range(n - 3):
        layers.append('.MaxPooling2D((2, 2))' if i % 2 else f'.Conv2D({rng.choice([16, 32, 64])}, (3, 3), padding: "same")')
    return layers + ['.Flatten()', f'.Dense({rng.choice([10, 100])}, activation: "softmax")']


def recurrent_chain(n):
    kinds = ['LSTM', 'GRU', 'SimpleRNN']
    layers = [f'.{rng.choice(kinds)}({rng.choice([16, 32, 64])}, returnSequences: true, input: (null, {rng.choice([5, 20])}))']
    layers += [f'.{rng.choice(kinds)}({rng.choice([8, 16, 32])}, returnSequences: true)' for _ in range(n - 2)]
    return layers + [f'.{rng.choice(kinds)}({rng.choice([4, 8])})']


def bidirectional_chain(n):
    kinds = ['LSTM', 'GRU', 'SimpleRNN']
    layers = [f'.Bidirectional({rng.choice(kinds)}({rng.choice([16, 32])}, returnSequences: true), input: (null, 10))']
    layers += [f'.Bidirectional({rng.choice(kinds)}({rng.choice([8, 16])}, returnSequences: true))' for _ in range(n - 3)]
    return layers + ['.GlobalMaxPooling1D()', '.Dense(2, activation: "softmax")']


chains = [dense_chain, conv_chain, recurrent_chain, bidirectional_chain]
per_file = 10
for f in range(count // per_file):
    lines = ['using KerasDsl;', 'using static KerasDsl.Keras;', '', 'namespace BuildCost;', '', f'public static partial class Models{f}', '{']
    for m in range(per_file):
        body = '\n        '.join(rng.choice(chains)(rng.randint(4, 12)))
        lines += ['    [KerasModel]', f'    public static readonly Sequential M{m} = Sequential()', f'        {body};', '']
    lines.append('}')
    open(f'{out_dir}/Models{f}.cs', 'w').write('\n'.join(lines) + '\n')

open(f'{out_dir}/Program.cs', 'w').write(
    '#if BASELINE\n'
    'System.Console.WriteLine(BuildCost.Models0.M0.TotalParams);\n'
    '#else\n'
    'System.Console.WriteLine(BuildCost.Models0.M0Summary.TotalParams == BuildCost.Models0.M0.TotalParams);\n'
    '#endif\n')
open(f'{out_dir}/BuildCost.csproj', 'w').write(f'''<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup>
    <OutputType>Exe</OutputType>
    <TargetFramework>net10.0</TargetFramework>
    <Nullable>enable</Nullable>
    <KerasDslExcludeAssets Condition="'$(Baseline)' == 'true'">analyzers</KerasDslExcludeAssets>
  </PropertyGroup>
  <!-- -p:Baseline=true builds the same models without KerasDsl's generator and analyzer, for comparison. -->
  <PropertyGroup Condition="'$(Baseline)' == 'true'">
    <DefineConstants>$(DefineConstants);BASELINE</DefineConstants>
  </PropertyGroup>
  <ItemGroup>
    <PackageReference Include="KerasDsl" Version="{version}" ExcludeAssets="$(KerasDslExcludeAssets)" />
  </ItemGroup>
  <!-- -p:Baseline=true -p:Floor=path/Floor.dll: the baseline with the floor's generator and analyzer (build-cost/floor). -->
  <ItemGroup Condition="'$(Floor)' != ''">
    <Analyzer Include="$(Floor)" />
  </ItemGroup>
</Project>
''')
