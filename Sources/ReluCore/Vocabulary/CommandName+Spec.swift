extension CommandName {
  /// The description of this command, built once for every command (the
  /// parser reads it for every word it looks up).
  package var spec: CommandSpec {
    guard let spec = Self.specTable[self] else { preconditionFailure("\(self) has no spec") }
    return spec
  }

  private static let specTable = Dictionary(
    uniqueKeysWithValues: allCases.map { ($0, $0.describedSpec) })

  /// `2 3 5 10`: numbers as help lists them.
  private static func list(_ values: [Int]) -> String {
    values.map(String.init).joined(separator: " ")
  }

  /// The description of this command: the vocabulary's one table.
  private var describedSpec: CommandSpec {
    switch self {
    case .set:
      CommandSpec(
        syntax: .value(.setting, .setting),
        summary: Words(
          en: "change a setting (show lists them all)", zh: "修改一个设置（show 列出全部设置）"),
        details: SettingName.allCases.map(Self.settingLine) + [
          Words(
            en: "set NAME=VALUE works too; help set NAME explains one.",
            zh: "也可写成 set NAME=VALUE；help set NAME 解释某个设置。")
        ],
        examples: ["set alpha 0.1", "set lr=0.5", "set grad0 right", "set xrange [-3:3]"])
    case .show:
      CommandSpec(
        aliases: ["settings"],
        summary: Words(
          en: "every setting with its value and meaning", zh: "列出每个设置及其值和含义"),
        examples: ["show"])
    case .use:
      CommandSpec(
        syntax: .value(.function(.layers), .function),
        summary: Words(
          en: "the layer feed and backward go through (default relu)",
          zh: "选择 feed 和 backward 经过的层（默认 relu）"),
        details: [
          Words(
            en: "Switching layers forgets the last feed, so backward needs a new feed.",
            zh: "换层会丢掉上一次 feed 的结果，所以 backward 之前要重新 feed。")
        ],
        examples: ["use leaky"])
    case .feed:
      CommandSpec(
        syntax: .value(.vector, .vector),
        summary: Words(
          en: "a vector through the layer: output, mask, active units",
          zh: "把向量输入当前层：输出、掩码、激活的神经元"),
        details: [
          .lines(
            en: [
              "V is [1, -2, 0.5], or 1 -2 0.5, or a matrix [[1, -2], [3, -4]],",
              "or random N [seed S]: N standard normal values (N <= \(Limits.maxRandomCount));",
              "the same seed gives the same values. nan, inf and -inf are accepted.",
            ],
            zh: [
              "V 可写成 [1, -2, 0.5]、1 -2 0.5 或矩阵 [[1, -2], [3, -4]]，",
              "也可写成 random N [seed S]：N 个标准正态分布的值（N <= \(Limits.maxRandomCount)）；",
              "随机种子相同，值就相同。也可以输入 nan、inf 和 -inf。",
            ]),
          Words(
            en: "A unit is active when its input z > 0.", zh: "神经元的输入 z > 0 时，它是激活的。"),
        ],
        examples: ["feed [1, -2, 0, 0.5]", "feed random 1000 seed 7"])
    case .backward:
      CommandSpec(
        aliases: ["back"], syntax: .value(.vector, .gradient),
        summary: Words(
          en: "upstream gradient G times the last feed's mask",
          zh: "上游梯度 G 逐元素乘以上一次 feed 的掩码"),
        details: [
          Words(
            en: "G has the last feed's shape; it is written like feed's V.",
            zh: "G 的形状与上一次 feed 相同，写法与 feed 的 V 一样。"),
          Words(
            en:
              "At nan, inf and -0 it computes as the convention's framework does (help convention).",
            zh: "在 nan、inf 和 -0 处按当前约定的框架计算（见 help convention）。"),
        ],
        examples: ["feed 1 -2 3; backward 1 1 1"])
    case .forward:
      CommandSpec(
        aliases: ["apply"],
        syntax: .sequence([
          .value(.function(.functionsAndDerivatives), .function), .value(.vector, .vector),
        ]),
        summary: Words(
          en: "apply F or its derivative (relu') to V, with no layer",
          zh: "求 F 或其导数（relu'）在 V 上的值，不经过层"),
        details: [
          Words(en: "F is ", zh: "F 为 ")
            + Words.list(ActivationKind.allCases.map(\.rawValue), or: true)
            + Words(
              en: ",\nor one of them primed for its derivative.", zh: "；\n名字后加 ' 表示它的导数。")
        ],
        examples: ["forward sigmoid [0, 2.1972245773362196]", "forward leaky' -1 0 1"])
    case .plot:
      CommandSpec(
        syntax: .value(.seriesList, .functions),
        summary: Words(
          en: "curves of the functions named, derivatives primed (relu')",
          zh: "画出所列函数的曲线，加 ' 为导数（relu'）"),
        details: [
          Words(
            en: "plot with no names goes back to the default: the layer's function and derivative.",
            zh: "不带名字的 plot 回到默认：当前层的函数及其导数。"),
          .lines(
            en: [
              "A derivative that jumps at 0 (relu', leaky', elu' unless alpha = 1): the plot",
              "leaves a gap there, with a closed point @ on the side that holds f'(0) (see",
              "set grad0) and an open point o.",
            ],
            zh: [
              "导数在 0 处跳变时（relu'、leaky'，以及 alpha 不为 1 时的 elu'），",
              "图在那里留出缺口，f'(0) 所在的一侧画实心点 @（见 set grad0），",
              "另一侧画空心点 o。",
            ]),
          Words(
            en:
              "The last feed's points (X) and the decay's steps (digits, C = now) are drawn on top.",
            zh: "上一次 feed 的数据点（X）和模拟的各步（数字，C 为当前）画在最上层。"),
        ],
        examples: ["plot relu relu'", "plot leaky, leaky', sigmoid'"])
    case .decay:
      CommandSpec(
        syntax: .sequence([
          .optional(.value(.function(.functions), .function)),
          .optional(
            .sequence([
              .keyword("from"), .value(.decayStart, .start), .keyword("to"),
              .value(.number, .target),
            ])),
          Self.rateOption,
        ]),
        summary: Words(
          en: "set up gradient descent of f's value from A to B",
          zh: "设置梯度下降模拟：让 f 的值从 A 变到 B"),
        details: [
          .lines(
            en: [
              "Starts at z0 = f^-1(A) and takes steps z <- z - eta * f'(z) until f(z)",
              "reaches B (reached), or f'(z) = 0 short of B or past it (dead: the neuron",
              "stopped learning and no step can move it again; dead wins over an overshoot",
              "past B), or a step limit. A step landing past B by more than 1% of |A - B|",
              "with f'(z) not 0 ends it as overshot: too large a step, but the neuron is",
              "alive (leaky with lr 1).",
              "A rise (B above A) works the same way, stepping z <- z + eta * f'(z).",
              "A and B must lie in f's range: relu [0, inf), sigmoid (0, 1), tanh (-1, 1).",
            ],
            zh: [
              "从 z0 = f^-1(A) 出发，按 z <- z - eta * f'(z) 一步步走，停下有四种情况：",
              "f(z) 到达 B（已到达）；f'(z) 变成 0，神经元停止学习，再也走不动（死亡，",
              "即使已越过 B 也算死亡）；走满步数上限；某一步越过 B 的量超过 |A - B| 的 1%，",
              "而 f'(z) 不为 0（已越过）：步子太大，但神经元仍存活（比如 lr 1 的 leaky）。",
              "上升（B 大于 A）同理，按 z <- z + eta * f'(z) 走。",
              "A 和 B 必须在 f 的值域内：relu [0, inf)，sigmoid (0, 1)，tanh (-1, 1)。",
            ]),
          .lines(
            en: [
              "Left out: F is the layer's function (use), from A to B is from"
                + " \(Self.chapter.start) to \(Self.chapter.target),",
              "the chapter's decay, as F4 starts it: decay alone is F4's decay.",
            ],
            zh: [
              "不写 F 就用层的函数（use 设置），不写 from A to B 就从"
                + " \(Self.chapter.start) 到 \(Self.chapter.target)，",
              "即课程章节的模拟，和 F4 一样：只写 decay 就是 F4 的模拟。",
            ]),
          .lines(
            en: [
              "from last starts at the z where the last decay stopped, with this function",
              "and rate: a dead relu handed to leaky, or a big step followed by a small one.",
            ],
            zh: [
              "from last 从上一次模拟停下的 z 出发，换用这次的函数和学习率：",
              "比如把死亡的 relu 交给 leaky，或先走一大步再走小步。",
            ]),
          Words(
            en: "The run keeps the last \(DecaySimulation.historyLimit) steps for the plot.",
            zh: "图上保留最近 \(DecaySimulation.historyLimit) 步。"),
        ],
        examples: [
          "decay relu from 0.9 to 0.5", "decay sigmoid from 0.9 to 0.5 lr 0.2", "decay",
          "decay relu from 0.9 to 0.5 lr 1; run; decay leaky from last to 0.5 lr 0.2",
        ])
    case .step:
      CommandSpec(
        aliases: ["s"], syntax: .optional(.value(.count(1...Limits.maxSteps), .steps)),
        summary: Words(
          en: "take N decay steps (default 1), showing each", zh: "模拟走 N 步（默认 1），每步都显示"),
        examples: ["step", "step 5"])
    case .run:
      CommandSpec(
        syntax: .optional(.value(.count(1...Limits.maxSteps), .maxSteps)),
        summary: Words(
          en: "run the decay to its end, at most MAX steps (default \(Limits.defaultRunSteps))",
          zh: "把模拟运行到结束，最多 MAX 步（默认 \(Limits.defaultRunSteps)）"),
        examples: ["run", "run 100"])
    case .reset:
      CommandSpec(
        summary: Words(
          en: "return the decay to its start, z0 = f^-1(A)", zh: "把模拟退回起点 z0 = f^-1(A)"),
        examples: ["reset"])
    case .compare:
      CommandSpec(
        syntax: .sequence([
          .optional(.repeated(.value(.function(.functions), .functions))),
          .optional(
            .sequence([
              .keyword("from"), .value(.number, .start), .keyword("to"),
              .value(.number, .target),
            ])),
          Self.rateOption,
          .optional(
            .sequence([
              .keyword("precision"),
              .repeated(.value(.precision, .precisions)),
            ])),
        ]),
        summary: Words(
          en: "the same decay for several functions: a table and a race",
          zh: "几个函数做同一个模拟：一张表和一场赛跑"),
        details: [
          .lines(
            en: [
              "Defaults: every function, from \(Self.chapter.start)"
                + " to \(Self.chapter.target), the session's lr"
                + " (\(Self.chapter.rate) unless set):",
              "relu takes 2 steps, sigmoid 67, as the course chapter works out.",
              "One function alone races against relu, and relu alone against sigmoid,",
              "as in the chapter. prelu and rrelu, leaky with a fixed slope outside a",
              "network, race only when named.",
            ],
            zh: [
              "默认：全部函数，从 \(Self.chapter.start) 到 \(Self.chapter.target)，"
                + "学习率取会话的 lr（未设置时为 \(Self.chapter.rate)）：",
              "relu 要 2 步，sigmoid 要 67 步，与课程章节算出的一致。",
              "只写一个函数时和 relu 赛跑（只写 relu 时和 sigmoid 赛跑），",
              "即课程章节的比赛。prelu 和 rrelu 在网络之外是斜率固定的 leaky，",
              "只有写出名字时才参加赛跑。",
            ]),
          .lines(
            en: [
              "precision P...: each function runs in each precision named (half, single, double),",
              "a row each, with a precision column; else in the session's precision alone.",
            ],
            zh: [
              "precision P...：每个函数按所列的每种精度（half、single、double）各运行一次，",
              "每次一行，表格多一列精度；不写时只用会话的精度。",
            ]),
        ],
        examples: [
          "compare", "compare relu leaky from 0.9 to 0.5 lr 1",
          "compare relu sigmoid precision half single double",
        ])
    case .net:
      CommandSpec(
        syntax: .sequence([
          .value(.function(.functions), .function),
          .options([
            .sequence([
              .keyword("width"), .value(.count(1...NetworkSpec.maxWidth), .units),
            ]),
            .sequence([
              .keyword("depth"), .value(.count(1...NetworkSpec.maxDepth), .depth),
            ]),
            Self.dataOption,
            .sequence([
              .keyword("points"), .value(.count(2...NetworkSpec.maxPoints), .points),
            ]),
            .sequence([.keyword("seed"), .value(.seed, .seed)]),
            Self.initOption,
            .sequence([
              .keyword("slope"),
              .value(
                .choice(
                  SlopeSharing.allCases.map(\.rawValue),
                  noun: Words(en: "unit or shared", zh: "unit 或 shared")),
                .sharing),
            ]),
            .sequence([.keyword("alpha0"), .value(.number, .startingSlope)]),
            .sequence([.keyword("lower"), .value(.number, .lower)]),
            .sequence([.keyword("upper"), .value(.number, .upper)]),
          ]),
        ]),
        summary: Words(
          en: "build a small network to watch its units die", zh: "搭建一个小网络，观察神经元死亡"),
        details: [
          .lines(
            en: [
              "1 input, D hidden layers (default \(NetworkSpec.defaultDepth), at most"
                + " \(NetworkSpec.maxDepth)) of N units",
              "(default \(NetworkSpec.defaultWidth), at most \(NetworkSpec.maxWidth)) using F, and"
                + " one linear output unit.",
            ],
            zh: [
              "1 个输入，D 个隐藏层（默认 \(NetworkSpec.defaultDepth)，最多 \(NetworkSpec.maxDepth)），"
                + "每层 N 个神经元（默认 \(NetworkSpec.defaultWidth)，",
              "最多 \(NetworkSpec.maxWidth)），激活函数为 F；再加一个线性的输出神经元。",
            ]),
          .lines(
            en: [
              "Data: M points (default \(NetworkSpec.defaultPoints)) evenly spaced on [-1, 1], with"
                + " target sin(pi x) (data sin,",
              "the default) or |x| (data abs, which two relu units represent exactly).",
            ],
            zh: [
              "数据：[-1, 1] 上均匀分布的 M 个数据点（默认 \(NetworkSpec.defaultPoints)），"
                + "目标为 sin(pi x)",
              "（data sin，默认）或 |x|（data abs，两个 relu 神经元就能精确表示）。",
            ]),
          .lines(
            en: [
              "init he (default): weights He-normal, N(0, 2 / fan_in); output weights",
              "N(0, 1 / N); biases 0.",
            ],
            zh: [
              "init he（默认）：权重按 He 正态分布 N(0, 2 / fan_in) 初始化；",
              "输出权重 N(0, 1 / N)；偏置为 0。",
            ]),
          .lines(
            en: [
              "init asym: as he, then in each hidden unit one weight or the bias, chosen at",
              "random, is |N(0, 2 / fan_in)|, positive: a randomized asymmetric init after the",
              "RAI of Lu, Shin, Su, Karniadakis, \"Dying ReLU and Initialization\", CiCP 28(5),",
              "2020 (arXiv:1903.06733), whose positive entry is drawn from a Beta instead.",
            ],
            zh: [
              "init asym：先同 he，再对每个隐藏神经元随机选一个权重或偏置，",
              "改取 |N(0, 2 / fan_in)|（正值）。这是仿照 Lu、Shin、Su、Karniadakis",
              "\"Dying ReLU and Initialization\"（CiCP 28(5)，2020，arXiv:1903.06733）",
              "的随机非对称初始化（RAI）；论文中这个正值取自 Beta 分布。",
            ]),
          .lines(
            en: [
              "A relu net is born dead when a hidden layer outputs 0 at every data point: net",
              "names the first such layer. A leaky layer inactive at every point is not dead",
              "(its gradient is alpha): net says born inactive.",
            ],
            zh: [
              "若某个隐藏层在每个数据点上都输出 0，relu 网络就生来已死：",
              "net 会指出第一个这样的层。leaky 的层即使在每个数据点上都未激活，",
              "也不算死亡（梯度为 alpha）：net 会注明它生来未激活。",
            ]),
          .lines(
            en: [
              "prelu learns its slope below 0 with the weights, by gradient descent and with",
              "no weight decay: one slope per hidden unit (slope unit, the default) or one",
              "per hidden layer (slope shared), each starting at alpha0 A (default 0.25).",
            ],
            zh: [
              "prelu 在 z < 0 一侧的斜率与权重一起用梯度下降学习，不做权重衰减：每个",
              "隐藏神经元一个斜率（slope unit，默认）或每个隐藏层一个（slope shared），",
              "初始值都是 alpha0 A（默认 0.25）。",
            ]),
          .lines(
            en: [
              "rrelu: in each training step every unit's slope below 0 at each data point is",
              "drawn from U(L, U) (lower L, upper U; 1/8 and 1/3 by default) by a generator",
              "seeded by the seed; the loss and units train shows, and the fit, use the",
              "mean slope (L + U) / 2.",
            ],
            zh: [
              "rrelu：训练的每一步，每个神经元在每个数据点上 z < 0 一侧的斜率都从",
              "U(L, U) 中抽取（lower L、upper U；默认 1/8 和 1/3），随机数由随机种子决定；",
              "train 显示的损失、神经元数和拟合曲线都用平均斜率 (L + U) / 2 计算。",
            ]),
          Words(
            en: "The same seed gives the same network and the same training, bit for bit.",
            zh: "随机种子相同，网络和训练过程就逐位相同。"),
        ],
        examples: [
          "net relu", "net relu width 16 depth 2 seed 7", "net leaky data abs",
          "net relu width 2 depth 10 seed 3 init asym", "net prelu slope shared alpha0 0.1",
          "net rrelu lower 0.1 upper 0.3",
        ])
    case .train:
      CommandSpec(
        syntax: .sequence([
          .optional(.value(.count(1...Limits.maxEpochs), .epochs)), Self.rateOption,
        ]),
        summary: Words(
          en: "EPOCHS epochs of training (default 1): loss and dead units",
          zh: "训练 EPOCHS 轮（默认 1）：损失和死亡的神经元"),
        details: [
          .lines(
            en: [
              "Full-batch gradient descent on the mean squared error, at the session's lr unless",
              "lr ETA is given. A unit is dead when f'(z) = 0 at every data point: it gets no",
              "gradient and cannot learn (a leaky unit with alpha > 0 never is). It is inactive",
              "when z <= 0 at every point. A loss that overflows stops training (diverged); the",
              "network stays as it was after the last finite epoch.",
            ],
            zh: [
              "对均方误差做全批量梯度下降，学习率取会话的 lr，除非给出 lr ETA。",
              "神经元在每个数据点上都有 f'(z) = 0 时为死亡：它得不到梯度，无法学习",
              "（alpha > 0 的 leaky 神经元不会死亡）。在每个数据点上都有 z <= 0 时为未激活。",
              "损失溢出（发散）时训练停止，网络保持溢出之前那一轮结束时的状态。",
            ])
        ],
        examples: ["net relu seed 1; train 20", "net relu seed 1; train 100 lr 0.05"])
    case .sweep:
      CommandSpec(
        syntax: .options([
          .value(
            .choice(["functions"], noun: Words(en: "the word functions", zh: "关键字 functions")),
            .comparison),
          .sequence([.keyword("lr"), .repeated(.value(.settingValue(.lr), .rates))]),
          Self.precisionsOption, Self.epochsOption, Self.batchOption, Self.seedsOption,
        ]),
        summary: Words(
          en: "train afresh at each rate, or twin at each precision",
          zh: "按学习率从头训练网络，或按精度运行孪生网络，列成表"),
        details: [
          .lines(
            en: [
              "sweep lr A...: each rate trains the network as net built it (the same",
              "seed) for EPOCHS epochs (default \(Limits.defaultSweepEpochs)): its dead and inactive"
                + " units, loss",
              "and status.",
            ],
            zh: [
              "sweep lr A...：每个学习率都从 net 搭建时的网络（同一随机种子）开始",
              "训练 EPOCHS 轮（默认 \(Limits.defaultSweepEpochs)）：列出死亡和未激活的神经元、",
              "损失和状态。",
            ]),
          .lines(
            en: [
              "The status is ok when every loss was a finite number, however large, and",
              "diverged when a loss overflowed (inf or nan) and training stopped.",
            ],
            zh: [
              "状态一栏：未发散表示损失一直是有限的数（不论多大）；已发散表示损失溢出",
              "（inf 或 nan），训练已停止。",
            ]),
          .lines(
            en: [
              "sweep precision P...: twin at each precision P (half, single, double), with",
              "twin's epochs, batch and seeds, in one table. batch goes with precision only,",
              "seeds with precision or functions.",
            ],
            zh: [
              "sweep precision P...：在每种精度 P（half、single、double）下运行 twin，",
              "epochs、batch 和 seeds 的含义与 twin 相同，结果列成一张表。",
              "batch 只能与 precision 一起用，seeds 只能与 precision 或 functions 一起用。",
            ]),
          .lines(
            en: [
              "sweep functions [lr A...] [seeds S...]: relu, leaky 0.01, leaky 1/5.5 and",
              "prelu train the current net's shape (width, depth, data, points) at each",
              "rate (default the session's lr), once from each seed S (default the net's",
              "own): a row's runs differ only in the network's random seed. A row per",
              "function and rate: dead and inactive are means over all its runs; loss (the",
              "final loss) and slope (prelu's mean learned slope) are means over the runs",
              "that did not diverge; diverged counts the runs that did.",
            ],
            zh: [
              "sweep functions [lr A...] [seeds S...]：relu、leaky 0.01、leaky 1/5.5",
              "和 prelu 各自按当前网络的形状（宽度、深度、数据、数据点）训练：在每个学习率",
              "（默认用会话的 lr）下，对每个随机种子 S（默认用网络自己的随机种子）各训练",
              "一次，所以同一行的几次运行只有网络的随机种子不同。每个函数和学习率占一行：",
              "死亡、未激活两栏是该行全部运行的平均值；损失（最终损失）和斜率（prelu",
              "学到的斜率的均值）两栏只对未发散的运行取平均；发散一栏是发散的运行次数。",
            ]),
        ],
        examples: [
          "net relu seed 1; sweep lr 0.05 0.2 0.5 epochs 50",
          "net relu width 64 seed 1; sweep functions lr 0.2 seeds 1 2 3 4 5",
          "net relu seed 1; sweep precision half single double epochs 50 seeds 1 2",
        ])
    case .twin:
      CommandSpec(
        syntax: .options([Self.epochsOption, Self.batchOption, Self.seedsOption]),
        summary: Words(
          en: "two copies, relu'(0) = 0 and 1, trained side by side",
          zh: "孪生网络：relu'(0) 取 0 和 1 的两份网络并排训练"),
        details: [
          .lines(
            en: [
              "Two copies of the network as net built it (its seed, or each seed S), alike in all",
              "but f'(0): relu'(0) = 0 in one and 1 in the other (leaky: alpha and 1), trained",
              "in the session's precision at the session's lr for EPOCHS epochs (default"
                + " \(Limits.defaultTwinEpochs)).",
            ],
            zh: [
              "取 net 搭建时的网络（它的随机种子，或给出的每个种子 S）复制两份，",
              "只有 f'(0) 不同：一份 relu'(0) = 0，另一份为 1（leaky 为 alpha 和 1）；",
              "以会话的精度和 lr 并排训练 EPOCHS 轮（默认 \(Limits.defaultTwinEpochs)）。",
            ]),
          .lines(
            en: [
              "Full-batch descent, or with batch B mini-batches of B points: each epoch the",
              "points are shuffled by the network's seed S (Fisher-Yates), then cut in that",
              "order into groups of B; both copies see the same groups.",
            ],
            zh: [
              "默认全批量梯度下降；给出 batch B 时用 B 个点的小批量：每轮按随机种子",
              "打乱数据点（Fisher-Yates 洗牌），再按这个顺序每 B 个分成一组；",
              "两份网络用相同的分组。",
            ]),
          .lines(
            en: [
              "Per seed: z = 0, the pre-activations exactly 0 that the first copy (relu'(0) = 0)",
              "met in the passes its gradients came from; the first epoch whose gradients differ",
              "bit for bit in any parameter, and how many epochs did; the largest weight",
              "difference at the end, and each copy's loss.",
            ],
            zh: [
              "每个随机种子列出：z = 0，即第一份网络（relu'(0) = 0）求梯度时遇到的",
              "恰为 0 的预激活值个数；两份梯度首次在某个参数上不再逐位相同的轮，",
              "以及梯度不同的轮数；训练结束时两份网络的最大权重差，以及各自的损失。",
            ]),
          .lines(
            en: [
              "view twin charts the first seed at the first precision: log10 of both losses by",
              "epoch, and z = 0 by epoch (view zeros alone). The session's network is untouched.",
            ],
            zh: [
              "view twin 画出第一个随机种子在第一种精度下的结果：两份网络每轮损失的",
              "log10，以及每轮 z = 0 的个数（view zeros 单独显示）。会话中的网络不变。",
            ]),
          Words(
            en: "Only relu and leaky let a convention choose f'(0): twin refuses the others.",
            zh: "只有 relu 和 leaky 的 f'(0) 可按约定选取：twin 不接受其他函数。"),
        ],
        examples: [
          "net relu seed 1; twin", "net relu seed 1; twin epochs 200 batch 20 seeds 1 2 3",
        ])
    case .born:
      CommandSpec(
        syntax: .sequence([
          .optional(.value(.function(.functions), .function)),
          .options([
            .sequence([
              .keyword("width"), .repeated(.value(.count(1...NetworkSpec.maxWidth), .units)),
            ]),
            .sequence([
              .keyword("depth"), .repeated(.value(.count(1...NetworkSpec.maxDepth), .depth)),
            ]),
            .sequence([
              .keyword("trials"), .value(.count(1...CensusSpec.maxTrials), .trials),
            ]),
            Self.initOption,
            .sequence([
              .keyword("bias"),
              .value(
                .choice(
                  CensusBias.allCases.map(\.rawValue),
                  noun: Words(en: "the bias scheme", zh: "偏置的取法")),
                .bias),
            ]),
            .sequence([.keyword("seed"), .value(.seed, .seed)]),
            .sequence([
              .keyword("train"), .value(.count(1...Limits.maxEpochs), .epochs),
            ]),
            .sequence([.keyword("lr"), .value(.settingValue(.lr), .rate)]),
            Self.dataOption,
          ]),
        ]),
        summary: Words(
          en: "count the networks born dead, by width and depth",
          zh: "按宽度和深度统计生来已死的网络"),
        details: [
          .lines(
            en: [
              "For each width N and depth D, T networks (default \(CensusSpec.defaultTrials),"
                + " at most \(CensusSpec.maxTrials))",
              "drawn as net draws them (F default relu; init he|asym as for net).",
              "Defaults: widths \(Self.list(CensusSpec.defaultWidths)), depths"
                + " \(Self.list(CensusSpec.defaultDepths)). Network i of each cell",
              "takes draw i of the seeded generator as its seed: the same seed gives the",
              "same census, bit for bit.",
            ],
            zh: [
              "对每个宽度 N 和深度 D，按 net 的方式随机生成 T 个网络",
              "（默认 \(CensusSpec.defaultTrials)，最多 \(CensusSpec.maxTrials)）；"
                + "F 默认 relu，init he|asym 同 net。",
              "默认宽度 \(Self.list(CensusSpec.defaultWidths))，"
                + "深度 \(Self.list(CensusSpec.defaultDepths))。",
              "每格的第 i 个网络以随机数发生器的第 i 个数为随机种子：",
              "随机种子相同，统计结果就逐位相同。",
            ]),
          .lines(
            en: [
              "A relu net is born dead when a hidden layer is 0 at every x in [-1, 1]. With",
              "zero biases (bias zero, init he) the net is positively homogeneous, so x = -1",
              "and x = 1 decide it exactly. With bias he (each layer's biases drawn",
              "N(0, 2 / fan_in) right after its weights) or init asym (a bias may be",
              "positive), it is checked at net's \(NetworkSpec.defaultPoints) data points,"
                + " and born says so.",
            ],
            zh: [
              "若某个隐藏层对 [-1, 1] 中的每个 x 都输出 0，relu 网络就生来已死。",
              "偏置为 0 时（bias zero，init he），网络是正齐次的，",
              "所以 x = -1 和 x = 1 两点就能精确判定。bias he（每层的偏置紧接权重之后",
              "按 N(0, 2 / fan_in) 抽取）或 init asym（偏置可能为正）时，",
              "在 net 的 \(NetworkSpec.defaultPoints) 个数据点上检查，born 会注明。",
            ]),
          .lines(
            en: [
              "Each cell: the fraction born dead, its standard error sqrt(p (1 - p) / T), and",
              "1 - (1 - 2^-N)^D, the chance that ONE fixed input x != 0 meets a layer all 0",
              "(each layer is, with chance 2^-N, if none before was); with zero biases it",
              "bounds the two-point fraction from above. After Lu, Shin, Su, Karniadakis,",
              "\"Dying ReLU and Initialization\", CiCP 28(5), 2020 (arXiv:1903.06733).",
            ],
            zh: [
              "每格给出生来已死的比例、其标准误差 sqrt(p (1 - p) / T)，以及",
              "1 - (1 - 2^-N)^D：某个固定输入 x != 0 遇到全为 0 的层的概率",
              "（前面的层都不为 0 时，每层以 2^-N 的概率全为 0）；偏置为 0 时，",
              "它是两点判定所得比例的上界。参见 Lu、Shin、Su、Karniadakis，",
              "\"Dying ReLU and Initialization\"，CiCP 28(5)，2020（arXiv:1903.06733）。",
            ]),
          .lines(
            en: [
              "A leaky net (alpha > 0) is never born dead: a layer with z <= 0 everywhere",
              "still passes alpha z on, and its gradient is alpha, not 0. born leaky counts",
              "the nets born inactive instead. The other functions are refused: their",
              "gradient is never exactly 0 below 0, so none of their nets is born dead.",
            ],
            zh: [
              "leaky 网络（alpha > 0）不会生来已死：处处 z <= 0 的层仍输出 alpha z，",
              "梯度为 alpha 而不是 0。born leaky 改为统计生来未激活的网络。",
              "不接受其他函数：它们在 0 以下的梯度从不恰好为 0，网络也就不会生来已死。",
            ]),
          .lines(
            en: [
              "train EPOCHS [lr ETA] [data sin|abs]: each network is also trained, exactly as",
              "train EPOCHS trains it after net F width N depth D seed S_i init ... data abs",
              "(data abs by default; lr: the session's unless given). A row marked -> under",
              "each width gives the fraction that ends constant +- its standard error.",
              "Constant: max - min of the outputs at the \(NetworkSpec.defaultPoints) data points"
                + " <= \(CensusTraining.toleranceText) (1 + d),",
              "d the targets' max - min. With grad0 left (the default) every relu net born",
              "dead ends constant: its dead layer gets no gradient and stays 0. With",
              "relu'(0) > 0 a unit at z = 0 exactly still learns, so such a net may revive",
              "(born says so). bias he is refused with train: net cannot build those biases.",
            ],
            zh: [
              "train EPOCHS [lr ETA] [data sin|abs]：还会训练每个网络，与先运行",
              "net F width N depth D seed S_i init ... data abs 再运行 train EPOCHS",
              "完全一样（默认 data abs；不写 lr 时取会话的 lr）。",
              "每个宽度下标有 -> 的一行是训练后输出为常数的比例 +- 标准误差。",
              "判为常数：\(NetworkSpec.defaultPoints) 个数据点上输出的 max - min"
                + " <= \(CensusTraining.toleranceText) (1 + d)，",
              "d 为目标的 max - min。grad0 为 left（默认）时，生来已死的 relu 网络",
              "最终一定输出常数：死亡的层得不到梯度，一直为 0。relu'(0) > 0 时，",
              "恰好 z = 0 的神经元仍能学习，这样的网络可能复活（born 会注明）。",
              "bias he 不能与 train 一起用：net 搭不出这样的偏置。",
            ]),
        ],
        examples: [
          "born", "born relu width 2 3 5 10 depth 10 seed 1 init asym",
          "born leaky width 2 depth 5 10 trials 500 bias he seed 1",
          "born relu width 2 depth 10 trials 100 train 20 seed 1",
        ])
    case .clear:
      CommandSpec(
        syntax: .optional(
          .value(
            .choice(
              ClearTarget.allCases.map(\.rawValue),
              noun: Words(en: "what to clear", zh: "要清除的内容")), .choice)),
        summary: Words(
          en: "take the feed points, the decay or the network off the plot",
          zh: "从图上清除 feed 的数据点、模拟或网络"),
        details: [
          .lines(
            en: [
              "clear alone takes them all off and goes back to the function plot; the next feed,",
              "decay step or train shows its own again. Nothing is forgotten: backward, step and",
              "train work as before.",
            ],
            zh: [
              "只写 clear 会全部清除并回到函数图；之后的 feed、模拟的一步或 train",
              "会重新显示各自的内容。什么都不会丢：backward、step 和 train 照常可用。",
            ])
        ],
        examples: ["clear", "clear feed", "clear decay"])
    case .view:
      CommandSpec(
        syntax: .optional(
          .value(
            .choice(ViewName.allCases.map(\.rawValue), noun: Words(en: "a view", zh: "视图")),
            .choice)),
        summary: Words(
          en: "switch the plot pane to another view, or name the one shown",
          zh: "把图区切换到另一个视图，或显示当前是哪个视图"),
        details: [
          .lines(
            en: [
              "The last command that shows something picks the view: plot and feed the function",
              "plot, decay, step, run and reset the decay, compare the race, net, train and",
              "sweep the network, born the census, twin and sweep precision the twin (both",
              "copies' losses by epoch; view zeros shows only the z = 0 met by epoch). view",
              "NAME switches at once (the network is not run again); F7 cycles. plot F... shows",
              "exactly F...; the feed's points and the decay's trail are drawn on their curves",
              "when those are plotted and the settings are still the ones they were made with",
              "(else a note says why they are off). A window too small for a whole view shows",
              "its main part and names the rest: steps (the decay's step chart), fit and loss",
              "(the network's), depth and heat (the census's fraction born dead by depth, and",
              "its heat map) each show one part alone. slopes charts a prelu network's learned",
              "slopes by epoch, their mean, min and max, from net prelu's epoch 0 on (other",
              "functions learn none). In a script or at the plain prompt, view prints the view.",
            ],
            zh: [
              "视图由最近一个有显示的命令决定：plot 和 feed 显示函数图，decay、step、run",
              "和 reset 显示模拟，compare 显示赛跑，net、train 和 sweep 显示网络，born",
              "显示统计结果，twin 和 sweep precision 显示孪生网络（两份网络每轮的损失；",
              "view zeros 只显示其中每轮遇到 z = 0 的次数）。view NAME 立即切换（网络",
              "不会重新运行）；F7 依次切换。plot F... 只画 F...；若对应的曲线在图上，",
              "且设置仍与当时相同，feed 的数据点和模拟的轨迹就画在曲线上（否则有一条说明",
              "指出原因）。窗口放不下整个视图时，只显示主要部分，并提示省略了哪些；steps",
              "（模拟中 f(z) 随步数的变化）、fit 和 loss（网络的）、depth 和 heat（各深度",
              "下生来已死的比例，以及统计结果的热图）各自单独显示一部分。slopes 按轮画出",
              "prelu 网络所学斜率的均值、最小值和最大值，从 net prelu 搭建时的第 0 轮画起",
              "（其他函数不学习斜率）。在脚本里或普通提示符下，view 把视图打印出来。",
            ])
        ],
        examples: ["view", "view decay", "view steps", "view plot", "born seed 1; view heat"])
    case .toggle:
      CommandSpec(
        syntax: .value(.function(.functionsAndDerivatives), .function),
        summary: Words(
          en: "hide a curve of the function plot, or show it again",
          zh: "隐藏函数图上的一条曲线，或重新显示它"),
        details: [
          .lines(
            en: [
              "The legend still names a hidden curve, marked (hidden), so toggle F (or a click",
              "on its legend entry in the lab) brings it back; plot F... chooses the curves",
              "anew. The trace readout leaves hidden curves out.",
            ],
            zh: [
              "隐藏的曲线仍列在图例中，并标注（已隐藏），所以再次 toggle F（或在实验界面",
              "里点击它的图例）就能重新显示；plot F... 重新选择曲线。光标的读数不含隐藏的",
              "曲线。",
            ])
        ],
        examples: ["toggle relu'", "plot relu leaky; toggle leaky"])
    case .trace:
      CommandSpec(
        syntax: .options([
          .value(.number, .cursor),
          .value(
            .choice(
              TraceMove.allCases.map(\.rawValue),
              noun: Words(en: "where the cursor goes", zh: "光标的去向")), .choice),
        ]),
        summary: Words(
          en: "a cursor on the plot and its readout: f(z) and f'(z) there",
          zh: "在图上放一个光标并给出读数：该处的 f(z) 和 f'(z)"),
        details: [
          .lines(
            en: [
              "On the function plot, trace Z puts the cursor at z = Z and reads, for every",
              "function drawn, f(z) and f'(z). At a kink (z = 0 for relu and leaky) it gives",
              "both one-sided limits and the value the convention in force picks:",
              "relu'(0-) = 0, relu'(0+) = 1, relu'(0) = 0 by pytorch (set grad0 or",
              "set convention changes the last).",
            ],
            zh: [
              "在函数图上，trace Z 把光标放在 z = Z 处，给出图上每个函数的 f(z) 和 f'(z)。",
              "在折点处（relu 和 leaky 的 z = 0），给出左、右两个极限，以及当前约定取的值：",
              "左极限 relu'(0-) = 0，右极限 relu'(0+) = 1，按 pytorch 取 relu'(0) = 0",
              "（set grad0 或 set convention 改变最后这个值）。",
            ]),
          .lines(
            en: [
              "On the decay, Z is a step: the readout gives z, f(z), f'(z) and the step taken.",
              "On the network, Z is an input x: the fit there and how many units are active.",
              "next and previous jump to the next stop right or left (a feed point, a decay",
              "step, a kink; on the decay the next step), going round at the ends; first and",
              "last go to the range's ends, off takes the cursor away. trace alone reads",
              "where the cursor stands.",
            ],
            zh: [
              "在梯度下降模拟上，Z 是第几步：读数给出 z、f(z)、f'(z) 和这一步移动的距离。",
              "在网络上，Z 是输入 x：给出该处的拟合值和激活的神经元个数。",
              "next 和 previous 跳到右边或左边的下一个位置（feed 的数据点、模拟的步、",
              "折点；在模拟上是后一步或前一步），到了一端再跳就回到另一端；first 和",
              "last 跳到范围的两端，off 移除光标。只写 trace 时给出光标当前位置的读数。",
            ]),
          .lines(
            en: [
              "In the lab, F8 (or Alt-t) puts the cursor on; then, with the input line empty,",
              "Left/Right move it a column (Shift: a tenth of one), Home/End go to the ends,",
              "Tab and Shift-Tab jump between stops, Esc takes it off. A click on the plot",
              "puts it there; a click on a legend entry hides or shows that curve (toggle F),",
              "and the wheel scrolls the output.",
            ],
            zh: [
              "在实验界面里，F8（或 Alt-t）放上光标；输入行为空时，左右方向键移动一列",
              "（按住 Shift：十分之一列），Home/End 到两端，Tab 和 Shift-Tab 在各位置间",
              "跳转，Esc 移除光标。在图上点击把光标放到那里；点击图例中的一项隐藏或显示",
              "那条曲线（toggle F），滚轮滚动输出。",
            ]),
        ],
        examples: ["trace 0", "trace 0.5", "trace next", "trace -2 next", "trace 1; trace off"])
    case .export:
      CommandSpec(
        syntax: .sequence([
          .value(
            .choice(
              ExportFormat.allCases.map(\.rawValue), noun: Words(en: "the format", zh: "格式")),
            .format),
          .value(.path, .file),
        ]),
        summary: Words(
          en: "write what the plot shows: SVG, CSV of samples, or text",
          zh: "写出图上显示的内容：SVG、采样的 CSV 或文本"),
        details: [
          .lines(
            en: [
              "The function plot, or while a decay is shown its step chart, or after compare the race",
              "(plot goes back to the functions). FILE is relative to the current directory; the",
              "file is written whole or not at all. FILE must be a regular file or a new name: a",
              "folder, FIFO or device is refused, and a file there keeps its permissions. A symbolic",
              "link at FILE is replaced by the file (what it pointed to is untouched); a file with",
              "other hard links gets a new copy under FILE only. FILE must end in the format's",
              ".svg, .csv or .txt. A script (a file given to relulab, -i, load or a lesson) may",
              "not export to a hidden file or into a hidden folder: no part of FILE may start",
              "with a dot.",
            ],
            zh: [
              "写出函数图；正在显示模拟时写出它的步数图；compare 之后写出赛跑",
              "（plot 回到函数图）。FILE 相对于当前目录；文件要么完整写入，要么不写。",
              "FILE 必须是普通文件或新名字：文件夹、FIFO 或设备会被拒绝，已有的文件",
              "保留原来的权限。FILE 处的符号链接会被换成文件（它指向的内容不变）；",
              "有其他硬链接的文件只在 FILE 下得到一份新副本。FILE 必须以格式对应的",
              ".svg、.csv 或 .txt 结尾。脚本（交给 relulab 的文件、-i、load 或课）",
              "不能导出到隐藏文件或隐藏文件夹里：FILE 的任何一段都不能以点开头。",
            ])
        ],
        examples: ["export svg relu.svg", "export csv relu.csv", "export txt relu.txt"])
    case .load:
      CommandSpec(
        aliases: ["source"], syntax: .value(.path, .file),
        summary: Words(en: "run the commands in a script file", zh: "运行脚本文件中的命令"),
        details: [
          Words(
            en: "A relative FILE is found next to the script that loads it.",
            zh: "相对路径的 FILE 在加载它的脚本所在的文件夹里找。"),
          Words(
            en: "Scripts may load scripts \(Limits.maxLoadDepth) deep; a cycle is an error.",
            zh: "脚本可以层层加载脚本，最多 \(Limits.maxLoadDepth) 层；循环加载是错误。"),
        ],
        examples: ["load lesson1.relu", "load \"my lessons/intro.relu\""])
    case .say:
      CommandSpec(
        aliases: ["echo"], syntax: .value(.text, .text),
        summary: Words(
          en: "show a line of text (for lesson scripts)", zh: "显示一行文字（用于课的脚本）"),
        details: [
          Words(
            en: "TEXT runs to the end of the command; quote it to include ; or #.",
            zh: "TEXT 一直到命令结尾；要包含 ; 或 # 就给它加上引号。")
        ],
        examples: ["say Watch the curve bend at zero."])
    case .title:
      CommandSpec(
        syntax: .value(.text, .text),
        summary: Words(
          en: "name a lesson's section (status line in the lab)",
          zh: "给课的一节起名（显示在实验界面的状态行）"),
        examples: ["title Why ReLU trains fast"])
    case .pause:
      CommandSpec(
        syntax: .optional(.value(.text, .text)),
        summary: Words(
          en: "show TEXT, wait for a key in the lab (batch: with --step)",
          zh: "显示 TEXT，在实验界面中等待按键（批处理要加 --step）"),
        details: [
          .lines(
            en: [
              "In a lesson in the lab, Space or Enter goes on, b steps back to the previous pause",
              "(the lesson is replayed from its start up to there), q leaves the lesson.",
            ],
            zh: [
              "在实验界面里上课时，空格或回车继续，b 退回上一个暂停处",
              "（课从头重放到那里），q 离开这节课。",
            ])
        ],
        examples: ["pause", "pause Now watch the marker move."])
    case .lesson:
      CommandSpec(
        syntax: .optional(.value(.lesson, .lesson)),
        summary: Words(
          en: "run a lesson that ships with ReluLab, or list them",
          zh: "运行 ReluLab 自带的一节课，或列出所有课"),
        details: [
          .lines(
            en: [
              "N is its number or its name. The language comes from relulab --lang, else the",
              "locale (LC_ALL, LC_MESSAGES, LANG: zh_* is Chinese). Its commands are shown as",
              "they run, so you can type them yourself.",
            ],
            zh: [
              "N 是课的编号或名字。语言取自 relulab --lang，否则取自区域设置",
              "（LC_ALL、LC_MESSAGES、LANG：zh_* 为中文）。课里的命令运行时会显示出来，",
              "你可以照着自己输入。",
            ])
        ],
        examples: ["lesson", "lesson 2", "lesson dying"])
    case .record:
      CommandSpec(
        syntax: .sequence([
          .value(.path, .file),
          .optional(
            .value(
              .choice(
                RecordMode.words, noun: Words(en: "replace or append", zh: "replace 或 append")),
              .choice)),
        ]),
        summary: Words(
          en: "save the commands that succeed to FILE (record stop ends)",
          zh: "把执行成功的命令保存到 FILE（record stop 结束）"),
        details: [
          .lines(
            en: [
              "FILE starts with a comment (ReluLab's version, the date) and the settings, layer",
              "and plot in force, so relulab FILE replays the session from the same state (a decay",
              "or feed from before the recording is not in it). Each command is added to the file",
              "as it runs (written and synced), so a crash loses nothing; F-keys are saved as the",
              "commands they run, a lesson or a loaded script as its commands.",
            ],
            zh: [
              "FILE 开头是一行注释（ReluLab 的版本、日期）以及当时的设置、层和图，",
              "所以 relulab FILE 能从同样的状态重放这次会话（录制之前的模拟或 feed",
              "不在其中）。每条命令一运行就写入文件并同步到磁盘，崩溃也不会丢失；",
              "按功能键时保存的是它实际执行的命令；课和 load 的脚本保存的是其中的各条命令。",
            ]),
          .lines(
            en: [
              "FILE must end in .relu. An existing FILE is refused unless you say what to do with",
              "it: replace starts it afresh (whole or not at all; a regular file only), append",
              "adds a comment line, the settings in force and the commands after what it holds,",
              "to a ReluLab recording (or an empty file) that has no other name (hard link).",
            ],
            zh: [
              "FILE 必须以 .relu 结尾。FILE 已存在时会被拒绝，除非说明怎么处理：",
              "replace 重新写（要么完整写入，要么不写；只限普通文件），append 在原有内容",
              "之后加一行注释、当时的设置和之后的命令，只限 ReluLab 的录制文件（或空文件），",
              "且该文件没有别的名字（硬链接）。",
            ]),
          .lines(
            en: [
              "Recording stops with a message before FILE would pass"
                + " \(RealFileSystem.maxBytes >> 20) MiB, the most a",
              "script may hold, so every recording replays. A script (a file given to relulab,",
              "-i, load or a lesson) may not record to a hidden file or into a hidden folder: no",
              "part of FILE may start with a dot (.bashrc.relu, .config/x.relu).",
            ],
            zh: [
              "FILE 即将超过 \(RealFileSystem.maxBytes >> 20) MiB（脚本的上限）时，录制会停止"
                + "并给出提示，",
              "所以每份录制都能重放。脚本（交给 relulab 的文件、-i、load 或课）不能",
              "录制到隐藏文件或隐藏文件夹里：FILE 的任何一段都不能以点开头",
              "（.bashrc.relu、.config/x.relu）。",
            ]),
        ],
        examples: [
          "record class.relu", "record class.relu replace", "record class.relu append",
          "record class.relu; feed 1 -2; record stop",
        ])
    case .save:
      CommandSpec(
        syntax: .sequence([
          .value(.path, .file),
          .optional(
            .value(
              .choice([RecordMode.replace.rawValue], noun: Words(en: "replace", zh: "replace（覆盖）")),
              .choice)),
        ]),
        summary: Words(
          en: "save the session as a script; load FILE brings it back",
          zh: "把会话存成脚本 FILE；load FILE 可以恢复"),
        details: [
          .lines(
            en: [
              "FILE holds the settings that differ from the defaults, the layer, the plot, the",
              "last feed, the decay and its step, the network and each train it had, the last",
              "compare and born, and the view, as commands: load FILE (or relulab FILE) brings",
              "back the same scene. Random draws are saved with their seeds.",
            ],
            zh: [
              "FILE 里是与默认值不同的设置、层、图、最后一次 feed、梯度下降模拟及其步数、",
              "网络和它的每次 train、最后一次 compare 和 born，以及当前视图，都写成命令：",
              "load FILE（或 relulab FILE）能恢复同样的画面。随机抽取连同随机种子一起保存。",
            ]),
          .lines(
            en: [
              "FILE must end in .relu. An existing FILE is refused unless you add replace (whole",
              "or not at all; a regular file only). A script may not save to a hidden file or",
              "into a hidden folder: no part of FILE may start with a dot.",
            ],
            zh: [
              "FILE 必须以 .relu 结尾。FILE 已存在时会被拒绝，除非加 replace（要么完整写入，",
              "要么不写；只限普通文件）。脚本不能保存到隐藏文件或隐藏文件夹里：",
              "FILE 的任何一段都不能以点开头。",
            ]),
        ],
        examples: ["save class.relu", "save class.relu replace"])
    case .help:
      CommandSpec(
        aliases: ["?"], syntax: .optional(.value(.topic, .topic)),
        summary: Words(
          en: "list the commands; explain a command, setting or function",
          zh: "列出命令；解释一个命令、设置或函数"),
        details: [
          Words(
            en: "help terms lists the terms in English and Chinese.",
            zh: "help terms 或 help 术语 列出中英术语对照。")
        ],
        examples: ["help", "help decay", "help set alpha", "help relu", "help terms", "? plot"])
    case .quit:
      CommandSpec(
        aliases: ["exit", "q"],
        summary: Words(
          en: "leave ReluLab (in a script: stop all scripts)", zh: "退出 ReluLab（在脚本中：停止所有脚本）"),
        examples: ["quit"])
    }
  }

  /// The course chapter's decay, as `compare`'s help writes its defaults.
  private static var chapter: (start: String, target: String, rate: String) {
    (
      NumberFormat.plain(DecaySimulation.chapterStart),
      NumberFormat.plain(DecaySimulation.chapterTarget),
      NumberFormat.plain(DecaySimulation.chapterLearningRate)
    )
  }

  /// One setting in `help set`: `alpha A: Leaky ReLU's slope for z < 0`.
  ///
  /// A Chinese line too wide for the help's 80 columns puts the meaning on
  /// the next line.
  private static func settingLine(_ name: SettingName) -> Words {
    let usage = name.spec.usage(name)
    let meaning = name.spec.meaning
    let zh = "\(usage)：\(meaning.zh)"
    return Words(
      en: "\(usage): \(meaning.en)",
      zh: DisplayWidth.of(zh) + 2 > 80 ? "\(usage)：\n  \(meaning.zh)" : zh)
  }

  /// `[lr ETA]`: a learning rate for this command only, checked as `set lr` checks it.
  ///
  /// Computed, not stored: a stored indirect enum's boxes are held through
  /// tagged pointers that LeakSanitizer cannot see, so it reported them.
  private static var rateOption: Syntax {
    .optional(.sequence([.keyword("lr"), .value(.settingValue(.lr), .rate)]))
  }

  /// `epochs EPOCHS`, one of `sweep`'s and `twin`'s options; computed like
  /// ``rateOption``.
  private static var epochsOption: Syntax {
    .sequence([.keyword("epochs"), .value(.count(1...Limits.maxEpochs), .epochs)])
  }

  /// `precision half|single|double...`, `sweep`'s twin at each precision;
  /// computed like ``rateOption``.
  private static var precisionsOption: Syntax {
    .sequence([
      .keyword("precision"),
      .repeated(
        .value(
          .choice(Precision.allCases.map(\.rawValue), noun: Words(en: "a precision", zh: "精度")),
          .precisions)),
    ])
  }

  /// `batch B`: points per mini-batch of a twin; computed like ``rateOption``.
  private static var batchOption: Syntax {
    .sequence([.keyword("batch"), .value(.count(1...NetworkSpec.maxPoints), .batch)])
  }

  /// `seeds S...`: the networks a twin trains; computed like ``rateOption``.
  private static var seedsOption: Syntax {
    .sequence([.keyword("seeds"), .repeated(.value(.seed, .seeds))])
  }

  /// `data sin|abs`, one of a network option list (`net`, `born`); computed
  /// like ``rateOption``.
  private static var dataOption: Syntax {
    .sequence([
      .keyword("data"),
      .value(
        .choice(NetworkTarget.allCases.map(\.rawValue), noun: Words(en: "the data", zh: "数据")),
        .data),
    ])
  }

  /// `init he|asym`, one of a network option list (`net`, `born`); computed
  /// like ``rateOption``.
  private static var initOption: Syntax {
    .sequence([
      .keyword("init"),
      .value(
        .choice(
          NetworkInitialization.allCases.map(\.rawValue),
          noun: Words(en: "the initialization", zh: "初始化方式")),
        .initialization),
    ])
  }
}

/// Limits that keep every command bounded in time and memory.
package enum Limits {
  /// The most values `random N` draws: 80 MB of input, and as much again
  /// for the output (and the mask, while it is shown).
  package static let maxRandomCount = 10_000_000
  /// The most steps one `step N` or `run MAX` takes.
  package static let maxSteps = 1_000_000
  /// `run`'s default step limit.
  package static let defaultRunSteps = 10_000
  /// The steps per second `set speed` allows for the lab's animated runs.
  package static let animationSpeed = 1.0...1000.0
  /// How deeply scripts may load scripts.
  package static let maxLoadDepth = 16
  /// The most epochs one `train` or `sweep` asks for.
  package static let maxEpochs = 1_000_000
  /// `sweep`'s epochs when not told.
  package static let defaultSweepEpochs = 100
  /// `twin`'s epochs when not told.
  package static let defaultTwinEpochs = 100
  /// A command whose large buffers take this many bytes or more asks for
  /// them first (`malloc`, given back at once) and is refused when they
  /// cannot be had; below it the check costs more than it saves.
  package static let checkedMemoryBytes = 16 << 20
}
