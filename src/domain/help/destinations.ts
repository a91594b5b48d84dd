/**
 * Where to send people whose problem is not a vulnerability. Thirteen destinations in five
 * groups, each with a default title and text in English and Japanese and a default target.
 * The defaults point to this site's Security Update Guide or to the support address, never to
 * a made-up web site; operators replace them with their own pages (`HELP_DESTINATIONS_FILE`).
 */

export const HELP_LANGUAGES = ['en', 'ja'] as const;
export type HelpLanguage = (typeof HELP_LANGUAGES)[number];

/** Text in every language we answer in. */
export type Localized = Readonly<Record<HelpLanguage, string>>;

/** The groups of the guided choice, in the order they are offered. */
export const HELP_GROUPS = [
  'account-sign-in',
  'malware-scams',
  'updates',
  'support-feedback',
  'piracy',
] as const;
export type HelpGroup = (typeof HELP_GROUPS)[number];

/** Every destination, in the order they are listed (grouped by `HELP_GROUPS`). */
export const HELP_DESTINATION_IDS = [
  'compromised-account',
  'sign-in',
  'malware',
  'phishing',
  'latest-scams',
  'fraud-victim',
  'malware-sample',
  'update-install',
  'update-info',
  'regional-support',
  'community',
  'feedback',
  'piracy',
] as const;
export type HelpDestinationId = (typeof HELP_DESTINATION_IDS)[number];

/** A default target: a page of this site, or the operator's support address. */
export type DefaultTarget = { kind: 'path'; path: string } | { kind: 'support-email' };

export interface DestinationDefaults {
  group: HelpGroup;
  title: Localized;
  text: Localized;
  target: DefaultTarget;
}

const SUPPORT: DefaultTarget = { kind: 'support-email' };

export const DESTINATION_DEFAULTS: Readonly<Record<HelpDestinationId, DestinationDefaults>> = {
  'compromised-account': {
    group: 'account-sign-in',
    title: {
      en: 'My account has been hacked or is being misused',
      ja: 'アカウントが乗っ取られた、または不正に使われている',
    },
    text: {
      en: 'If someone else has signed in to your account, sent messages you did not write or changed your settings, recover the account first: change your password from a device you trust, turn on two-step verification, and check the recovery e-mail address and phone number. If you cannot get back in, our support team will help you.',
      ja: '身に覚えのないサインインやメッセージの送信、設定の変更がある場合は、まずアカウントを取り戻してください。信頼できるデバイスからパスワードを変更し、2 段階認証を有効にしたうえで、回復用のメールアドレスと電話番号をご確認ください。アクセスを回復できない場合は、サポート窓口がお手伝いいたします。',
    },
    target: SUPPORT,
  },
  'sign-in': {
    group: 'account-sign-in',
    title: {
      en: 'I forgot my password or cannot sign in',
      ja: 'パスワードを忘れた、またはサインインできない',
    },
    text: {
      en: 'Use the “Forgot your password?” link on the sign-in page of the product or service to set a new password. If that does not work, or you have another problem signing in, contact our support team. The security team cannot reset passwords.',
      ja: '製品やサービスのサインイン画面にある「パスワードをお忘れの場合」から、新しいパスワードを設定してください。設定できない場合や、そのほかのサインインに関する問題は、サポート窓口にお問い合わせください。セキュリティチームではパスワードの再設定を承っておりません。',
    },
    target: SUPPORT,
  },
  malware: {
    group: 'malware-scams',
    title: {
      en: 'My device shows signs of spyware, a virus or other malware',
      ja: 'スパイウェアやウイルスなどのマルウェアに感染した疑いがある',
    },
    text: {
      en: 'First run a full scan with up-to-date security software. Then install all available updates for your operating system and applications. If the problem remains, contact our support team.',
      ja: 'まず、最新の状態にしたセキュリティ ソフトウェアでフル スキャンを実行してください。次に、OS とアプリケーションの更新プログラムをすべてインストールしてください。それでも問題が解決しない場合は、サポート窓口にお問い合わせください。',
    },
    target: SUPPORT,
  },
  phishing: {
    group: 'malware-scams',
    title: {
      en: 'How can I recognise phishing e-mail and scams?',
      ja: 'フィッシング メールや詐欺を見分けたい',
    },
    text: {
      en: 'Phishing messages pretend to come from a company you trust, to get your password, payment details or money. Be wary of urgent demands, unexpected attachments, links to addresses that do not match the sender, and requests to call a phone number. We never ask for your password by e-mail or phone. Not sure about a message? Ask our support team.',
      ja: 'フィッシング メールは、信頼できる企業を装ってパスワードや支払い情報、金銭をだまし取ろうとします。至急の対応を求める内容、心当たりのない添付ファイル、送信者と一致しないアドレスへのリンク、電話をかけるよう促す依頼にはご注意ください。当社がメールや電話でパスワードをお尋ねすることはありません。判断に迷うメールは、サポート窓口にご相談ください。',
    },
    target: SUPPORT,
  },
  'latest-scams': {
    group: 'malware-scams',
    title: {
      en: 'What are the latest scams?',
      ja: '最近の詐欺の手口を知りたい',
    },
    text: {
      en: 'Scammers change their tricks often: fake support calls, pop-ups claiming your device is infected, fake invoices and prize notifications. Ask our support team about the scams currently using our name.',
      ja: '詐欺の手口は頻繁に変わります。サポートを装った電話、デバイスが感染していると偽るポップアップ、偽の請求書や当選通知などにご注意ください。当社の名前をかたる最近の詐欺については、サポート窓口にお問い合わせください。',
    },
    target: SUPPORT,
  },
  'fraud-victim': {
    group: 'malware-scams',
    title: {
      en: 'I have been the victim of fraud',
      ja: '詐欺の被害に遭った',
    },
    text: {
      en: 'If you paid money or gave out personal or payment details, contact your bank or card issuer at once and report the fraud to the police. Change any password you may have revealed. If the fraud used our name or products, please also tell our support team.',
      ja: '金銭を支払った場合や、個人情報・支払い情報を伝えてしまった場合は、すぐに金融機関またはカード会社に連絡し、警察に被害を届け出てください。伝えてしまった可能性のあるパスワードは変更してください。当社の名前や製品が悪用されていた場合は、サポート窓口にもお知らせください。',
    },
    target: SUPPORT,
  },
  'malware-sample': {
    group: 'malware-scams',
    title: {
      en: 'I want to submit a malware sample',
      ja: 'マルウェアの検体を提出したい',
    },
    text: {
      en: 'Send us files you believe are malware, or files our security software detects by mistake, for analysis. Put the file in a password-protected archive and give the password in your message. If the malware exploits a vulnerability in one of our products, report the vulnerability instead.',
      ja: 'マルウェアと思われるファイルや、当社のセキュリティ ソフトウェアが誤って検出するファイルを分析のためにお送りください。ファイルはパスワード付きのアーカイブに格納し、パスワードをメッセージに記載してください。当社製品の脆弱性を悪用するマルウェアの場合は、脆弱性としてご報告ください。',
    },
    target: SUPPORT,
  },
  'update-install': {
    group: 'updates',
    title: {
      en: 'A security update will not install',
      ja: 'セキュリティ更新プログラムをインストールできない',
    },
    text: {
      en: 'Restart the device, make sure there is enough free disk space, and try again. Write down any error code the installer shows. If the update still fails, contact our support team and give them that code.',
      ja: 'デバイスを再起動し、ディスクの空き容量が十分にあることを確認してから、もう一度お試しください。インストーラーにエラー コードが表示された場合は控えておいてください。それでもインストールできない場合は、そのエラー コードを添えてサポート窓口にお問い合わせください。',
    },
    target: SUPPORT,
  },
  'update-info': {
    group: 'updates',
    title: {
      en: 'I need technical information about a security update',
      ja: 'セキュリティ更新プログラムの技術情報を知りたい',
    },
    text: {
      en: 'The Security Update Guide lists every security update with the vulnerabilities it fixes, the affected products and versions, severity ratings and CVE identifiers.',
      ja: 'セキュリティ更新プログラム ガイドでは、各更新プログラムで修正される脆弱性、影響を受ける製品とバージョン、深刻度、CVE 番号をご確認いただけます。',
    },
    target: { kind: 'path', path: '/guide' },
  },
  'regional-support': {
    group: 'support-feedback',
    title: {
      en: 'I need product support in my country or region',
      ja: 'お住まいの国や地域で製品サポートを受けたい',
    },
    text: {
      en: 'Our support team answers questions about installing, using and troubleshooting our products, and can put you in touch with the support office for your country or region.',
      ja: '製品のインストールや使い方、トラブルシューティングに関するご質問は、サポート窓口が承ります。お住まいの国や地域のサポート窓口もご案内いたします。',
    },
    target: SUPPORT,
  },
  community: {
    group: 'support-feedback',
    title: {
      en: 'I want to ask other users',
      ja: 'ほかのユーザーに質問したい',
    },
    text: {
      en: 'Other users and experts often answer questions about using our products in community forums; our support team can tell you where to find them. Never post details of a vulnerability in a forum: report it to us instead.',
      ja: '製品の使い方に関するご質問には、コミュニティ フォーラムでほかのユーザーや専門家が回答していることがあります。フォーラムの場所はサポート窓口がご案内いたします。脆弱性の詳細はフォーラムに投稿せず、当社にご報告ください。',
    },
    target: SUPPORT,
  },
  feedback: {
    group: 'support-feedback',
    title: {
      en: 'I want to give feedback about a product',
      ja: '製品についてのご意見・ご要望を送りたい',
    },
    text: {
      en: 'Suggestions and comments about our products and services are welcome. We read all feedback, but may not be able to answer every message.',
      ja: '製品やサービスに関するご意見・ご要望をお寄せください。いただいたご意見はすべて拝読いたしますが、個別にお返事できない場合がございます。',
    },
    target: SUPPORT,
  },
  piracy: {
    group: 'piracy',
    title: {
      en: 'I want to report software piracy',
      ja: 'ソフトウェアの不正コピーを報告したい',
    },
    text: {
      en: 'If you were offered or sold counterfeit or unlicensed copies of our software, or have found them being distributed, tell us where and how you came across them.',
      ja: '当社ソフトウェアの偽造品やライセンスのないコピーを勧められた、購入した、または配布されているのを見つけた場合は、入手した場所と方法をお知らせください。',
    },
    target: SUPPORT,
  },
};

export function isHelpDestinationId(value: string): value is HelpDestinationId {
  return (HELP_DESTINATION_IDS as readonly string[]).includes(value);
}
