<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>Account</name>
    <message>
        <source>The account server cannot be reached.</source>
        <translation>No se puede contactar con el servidor de cuentas.</translation>
    </message>
    <message>
        <source>The account server sent an answer this app cannot read.</source>
        <translation>El servidor de cuentas envió una respuesta que esta aplicación no puede leer.</translation>
    </message>
    <message>
        <source>The system keychain failed: %1</source>
        <translation>Falló el llavero del sistema: %1</translation>
    </message>
</context>
<context>
    <name>AppOptions</name>
    <message>
        <source>Show this help and exit.</source>
        <translation>Mostrar esta ayuda y salir.</translation>
    </message>
    <message>
        <source>Show the version and exit.</source>
        <translation>Mostrar la versión y salir.</translation>
    </message>
    <message>
        <source>Keep all data (history, settings, logs, caches) under DIR. Also TTC_PROFILE_DIR.</source>
        <translation>Guardar todos los datos (historial, configuración, registros, cachés) en DIR. También TTC_PROFILE_DIR.</translation>
    </message>
    <message>
        <source>Start a voice query, or stop the one that is recording (what the voice shortcut does).</source>
        <translation>Iniciar una consulta por voz o detener la que se está grabando (lo mismo que el atajo de voz).</translation>
    </message>
    <message>
        <source>Open a window: %1.</source>
        <translation>Abrir una ventana: %1.</translation>
    </message>
    <message>
        <source>Open URL in the built-in browser.</source>
        <translation>Abrir URL en el navegador integrado.</translation>
    </message>
    <message>
        <source>The account and sync server (ttc-server) to use.</source>
        <translation>El servidor de cuentas y sincronización (ttc-server) que usar.</translation>
    </message>
    <message>
        <source>ToolTip Companion lives in the system tray. A second launch hands its options to the running one.</source>
        <translation>ToolTip Companion vive en la bandeja del sistema. Un segundo inicio pasa sus opciones a la instancia en ejecución.</translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation>Argumento inesperado: %1</translation>
    </message>
    <message>
        <source>Unknown window for --open: %1 (one of: %2)</source>
        <translation>Ventana desconocida para --open: %1 (una de: %2)</translation>
    </message>
    <message>
        <source>--server needs an http(s) address, not: %1</source>
        <translation>--server necesita una dirección http(s), no: %1</translation>
    </message>
    <message>
        <source>--browse needs a web address, not: %1</source>
        <translation>--browse necesita una dirección web, no: %1</translation>
    </message>
</context>
<context>
    <name>Autostart</name>
    <message>
        <source>Cannot change start at login (%1): %2</source>
        <translation>No se puede cambiar el inicio al iniciar sesión (%1): %2</translation>
    </message>
    <message>
        <source>Start ToolTip Companion in the system tray</source>
        <translation>Iniciar ToolTip Companion en la bandeja del sistema</translation>
    </message>
</context>
<context>
    <name>ChatExport</name>
    <message>
        <source>System</source>
        <translation>Sistema</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Tú</translation>
    </message>
    <message>
        <source>Assistant</source>
        <translation>Asistente</translation>
    </message>
    <message>
        <source>Assistant (%1)</source>
        <translation>Asistente (%1)</translation>
    </message>
    <message>
        <source>New chat</source>
        <translation>Chat nuevo</translation>
    </message>
    <message>
        <source>Exported from %1 · session %2 · started %3</source>
        <translation>Exportado desde %1 · sesión %2 · iniciada %3</translation>
    </message>
    <message>
        <source>(interrupted)</source>
        <translation>(interrumpido)</translation>
    </message>
    <message>
        <source>(failed: %1)</source>
        <translation>(falló: %1)</translation>
    </message>
</context>
<context>
    <name>ChatRepository</name>
    <message>
        <source>No %1 with id %2.</source>
        <translation>No hay ningún elemento (%1) con el id %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a session id (give the id or at least its first 4 characters).</source>
        <translation>«%1» no es un id de sesión (indique el id o al menos sus 4 primeros caracteres).</translation>
    </message>
    <message>
        <source>session</source>
        <translation>sesión</translation>
    </message>
    <message>
        <source>&quot;%1&quot; matches more than one session; give more characters.</source>
        <translation>«%1» coincide con más de una sesión; indique más caracteres.</translation>
    </message>
    <message>
        <source>message</source>
        <translation>mensaje</translation>
    </message>
</context>
<context>
    <name>CodeBlock</name>
    <message>
        <source>Code block, %1</source>
        <translation>Bloque de código, %1</translation>
    </message>
    <message>
        <source>Code block</source>
        <translation>Bloque de código</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Copiado</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <source>Copy code</source>
        <translation>Copiar código</translation>
    </message>
</context>
<context>
    <name>Composer</name>
    <message>
        <source>Message (Enter to send, Shift+Enter for a new line)</source>
        <translation>Mensaje (Intro: enviar, Mayús+Intro: línea nueva)</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <source>Enter sends, Shift+Enter adds a new line</source>
        <translation>Intro envía, Mayús+Intro añade una línea nueva</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Detener</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Enviar</translation>
    </message>
    <message>
        <source>Stop the reply</source>
        <translation>Detener la respuesta</translation>
    </message>
    <message>
        <source>Send message</source>
        <translation>Enviar mensaje</translation>
    </message>
    <message numerus="yes">
        <source>~%n token(s)</source>
        <translation>
            <numerusform>~%n token</numerusform>
            <numerusform>~%n tokens</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>About %n token(s)</source>
        <translation>
            <numerusform>Aproximadamente %n token</numerusform>
            <numerusform>Aproximadamente %n tokens</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>Cannot open the history database %1: %2</source>
        <translation>No se puede abrir la base de datos del historial %1: %2</translation>
    </message>
    <message>
        <source>The history database %1 is damaged (%2).</source>
        <translation>La base de datos del historial %1 está dañada (%2).</translation>
    </message>
    <message>
        <source>The history database %1 is damaged and could not be moved aside. Move it away by hand to start a new one.</source>
        <translation>La base de datos del historial %1 está dañada y no se pudo apartar. Muévala a mano para empezar una nueva.</translation>
    </message>
    <message>
        <source>The history database cannot be read: %1</source>
        <translation>No se puede leer la base de datos del historial: %1</translation>
    </message>
    <message>
        <source>The history database was written by a newer version of this app (schema %1, this version knows %2). Update the app to open it.</source>
        <translation>La base de datos del historial la escribió una versión más reciente de esta aplicación (esquema %1, esta versión conoce el %2). Actualice la aplicación para abrirla.</translation>
    </message>
    <message>
        <source>The history database is busy; try again.</source>
        <translation>La base de datos del historial está ocupada; inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>The history database reported an error: %1</source>
        <translation>La base de datos del historial informó de un error: %1</translation>
    </message>
</context>
<context>
    <name>FeatureLoader</name>
    <message>
        <source>The %1 feature is not installed (looked in %2). Reinstall ToolTip Companion.</source>
        <translation>La función %1 no está instalada (se buscó en %2). Reinstale ToolTip Companion.</translation>
    </message>
    <message>
        <source>The %1 feature could not be loaded: %2</source>
        <translation>No se pudo cargar la función %1: %2</translation>
    </message>
</context>
<context>
    <name>LinkPolicy</name>
    <message>
        <source>This is not a valid web address.</source>
        <translation>Esta no es una dirección web válida.</translation>
    </message>
    <message>
        <source>Only http and https links are previewed.</source>
        <translation>Solo se previsualizan los enlaces http y https.</translation>
    </message>
    <message>
        <source>This link points into the same page.</source>
        <translation>Este enlace apunta a la misma página.</translation>
    </message>
    <message>
        <source>Previews are turned off for this site.</source>
        <translation>Las vistas previas están desactivadas para este sitio.</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>Chat — %1</source>
        <translation>Chat — %1</translation>
    </message>
    <message>
        <source>Hide chats</source>
        <translation>Ocultar chats</translation>
    </message>
    <message>
        <source>Show chats</source>
        <translation>Mostrar chats</translation>
    </message>
    <message>
        <source>No AI access</source>
        <translation>Sin acceso a IA</translation>
    </message>
    <message>
        <source>Pick a provider</source>
        <translation>Elegir un proveedor</translation>
    </message>
    <message>
        <source>Provider and model: %1</source>
        <translation>Proveedor y modelo: %1</translation>
    </message>
    <message>
        <source>Choose the AI provider and model</source>
        <translation>Elegir el proveedor y el modelo de IA</translation>
    </message>
    <message>
        <source>%1 today</source>
        <translation>%1 hoy</translation>
    </message>
    <message>
        <source>%1/%2 today</source>
        <translation>%1/%2 hoy</translation>
    </message>
    <message>
        <source>Cloud requests today: %1, no limit</source>
        <translation>Solicitudes en la nube hoy: %1, sin límite</translation>
    </message>
    <message>
        <source>Cloud requests today: %1 of %2, resets %3</source>
        <translation>Solicitudes en la nube hoy: %1 de %2, se restablece %3</translation>
    </message>
    <message>
        <source>Daily limit reached. It resets %1. Upgrade for more.</source>
        <translation>Se alcanzó el límite diario. Se restablece %1. Mejore su plan para obtener más.</translation>
    </message>
    <message>
        <source>Cloud requests used today on the %1 plan; resets %2</source>
        <translation>Solicitudes en la nube usadas hoy en el plan %1; se restablece %2</translation>
    </message>
    <message>
        <source>Stop keeping the window on top</source>
        <translation>Dejar de mantener la ventana encima</translation>
    </message>
    <message>
        <source>Keep the window on top</source>
        <translation>Mantener la ventana encima</translation>
    </message>
    <message>
        <source>More options</source>
        <translation>Más opciones</translation>
    </message>
    <message>
        <source>Dismiss message</source>
        <translation>Descartar mensaje</translation>
    </message>
    <message>
        <source>New chat</source>
        <translation>Chat nuevo</translation>
    </message>
    <message>
        <source>Follow system appearance</source>
        <translation>Seguir la apariencia del sistema</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Oscuro</translation>
    </message>
    <message>
        <source>API keys…</source>
        <translation>Claves de API…</translation>
    </message>
    <message>
        <source>Hide window</source>
        <translation>Ocultar ventana</translation>
    </message>
</context>
<context>
    <name>MessageDelegate</name>
    <message>
        <source>You said</source>
        <translation>Tu mensaje</translation>
    </message>
    <message>
        <source>Assistant replied</source>
        <translation>Respuesta del asistente</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Tú</translation>
    </message>
    <message>
        <source>Assistant</source>
        <translation>Asistente</translation>
    </message>
    <message>
        <source>Sent %1</source>
        <translation>Enviado %1</translation>
    </message>
    <message>
        <source>Answered by %1</source>
        <translation>Respondido por %1</translation>
    </message>
    <message>
        <source>%1 in · %2 out</source>
        <translation>%1 entrada · %2 salida</translation>
    </message>
    <message>
        <source>Tokens: %1 in, %2 out</source>
        <translation>Tokens: %1 de entrada, %2 de salida</translation>
    </message>
    <message>
        <source>▾ Thinking</source>
        <translation>▾ Razonamiento</translation>
    </message>
    <message>
        <source>▸ Thinking</source>
        <translation>▸ Razonamiento</translation>
    </message>
    <message>
        <source>Hide the model&apos;s thinking</source>
        <translation>Ocultar el razonamiento del modelo</translation>
    </message>
    <message>
        <source>Show the model&apos;s thinking</source>
        <translation>Mostrar el razonamiento del modelo</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Detenido.</translation>
    </message>
    <message>
        <source>The reply failed.</source>
        <translation>La respuesta falló.</translation>
    </message>
    <message>
        <source>Fix key</source>
        <translation>Corregir clave</translation>
    </message>
    <message>
        <source>Fix the API key</source>
        <translation>Corregir la clave de API</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Reintentar</translation>
    </message>
    <message>
        <source>Retry this reply</source>
        <translation>Reintentar esta respuesta</translation>
    </message>
    <message>
        <source>Edit your message</source>
        <translation>Editar el mensaje</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Cancel editing</source>
        <translation>Cancelar la edición</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Enviar</translation>
    </message>
    <message>
        <source>Send the edited message</source>
        <translation>Enviar el mensaje editado</translation>
    </message>
    <message>
        <source>Copy message</source>
        <translation>Copiar mensaje</translation>
    </message>
    <message>
        <source>Edit and resend</source>
        <translation>Editar y reenviar</translation>
    </message>
    <message>
        <source>Regenerate reply</source>
        <translation>Regenerar respuesta</translation>
    </message>
</context>
<context>
    <name>MessageView</name>
    <message>
        <source>Messages</source>
        <translation>Mensajes</translation>
    </message>
    <message>
        <source>Ask anything. Enter sends, Shift+Enter adds a line, Esc stops a reply.</source>
        <translation>Pregunte lo que quiera. Intro envía, Mayús+Intro añade una línea, Esc detiene una respuesta.</translation>
    </message>
    <message>
        <source>Chat replies need the AI access layer, which this build does not have yet.</source>
        <translation>Las respuestas del chat necesitan la capa de acceso a IA, que esta compilación aún no tiene.</translation>
    </message>
    <message>
        <source>Jump to the newest message</source>
        <translation>Ir al mensaje más reciente</translation>
    </message>
</context>
<context>
    <name>ProviderMenu</name>
    <message>
        <source>Provider and model</source>
        <translation>Proveedor y modelo</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Model %1</source>
        <translation>Modelo %1</translation>
    </message>
    <message>
        <source>Manage API keys…</source>
        <translation>Gestionar claves de API…</translation>
    </message>
</context>
<context>
    <name>Providers</name>
    <message>
        <source>Local server</source>
        <translation>Servidor local</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>[image]</source>
        <translation>[imagen]</translation>
    </message>
</context>
<context>
    <name>SessionDialogs</name>
    <message>
        <source>Rename chat</source>
        <translation>Renombrar chat</translation>
    </message>
    <message>
        <source>Chat title</source>
        <translation>Título del chat</translation>
    </message>
    <message>
        <source>Export chat as JSON</source>
        <translation>Exportar chat como JSON</translation>
    </message>
    <message>
        <source>Export chat as Markdown</source>
        <translation>Exportar chat como Markdown</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>Archivos JSON (*.json)</translation>
    </message>
    <message>
        <source>Markdown files (*.md)</source>
        <translation>Archivos Markdown (*.md)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Cambiar nombre</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
</context>
<context>
    <name>Sidebar</name>
    <message>
        <source>New chat</source>
        <translation>Chat nuevo</translation>
    </message>
    <message>
        <source>Search all chats</source>
        <translation>Buscar en todos los chats</translation>
    </message>
    <message>
        <source>Chats</source>
        <translation>Chats</translation>
    </message>
    <message>
        <source>Chat: %1</source>
        <translation>Chat: %1</translation>
    </message>
    <message>
        <source>No chats yet</source>
        <translation>Aún no hay chats</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Resultados de la búsqueda</translation>
    </message>
    <message>
        <source>Result in %1</source>
        <translation>Resultado en %1</translation>
    </message>
    <message>
        <source>No matches</source>
        <translation>Sin coincidencias</translation>
    </message>
    <message>
        <source>Deleted “%1”</source>
        <translation>Se eliminó «%1»</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <source>Undo delete</source>
        <translation>Deshacer la eliminación</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Renombrar…</translation>
    </message>
    <message>
        <source>Export as Markdown…</source>
        <translation>Exportar como Markdown…</translation>
    </message>
    <message>
        <source>Export as JSON…</source>
        <translation>Exportar como JSON…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
</context>
<context>
    <name>ttc</name>
    <message>
        <source>ask a model; the answer streams to stdout</source>
        <translation>preguntar a un modelo; la respuesta se transmite a stdout</translation>
    </message>
    <message>
        <source>list|set|validate|remove API keys (keychain)</source>
        <translation>listar|establecer|validar|quitar claves de API (llavero)</translation>
    </message>
    <message>
        <source>cloud requests, tokens and cost; quota</source>
        <translation>solicitudes en la nube, tokens y coste; cuota</translation>
    </message>
    <message>
        <source>Usage: ttc [--profile DIR] COMMAND [ARGS]

The command line of ToolTip Companion, over the same data as the app.

Commands:
</source>
        <translation>Uso: ttc [--profile DIR] COMMAND [ARGS]

La línea de órdenes de ToolTip Companion, sobre los mismos datos que la aplicación.

Órdenes:
</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a usable shortcut: %2</source>
        <translation>«%1» no es un atajo utilizable: %2</translation>
    </message>
    <message>
        <source>it is empty</source>
        <translation>está vacío</translation>
    </message>
    <message>
        <source>unknown modifier &quot;%1&quot;</source>
        <translation>modificador desconocido «%1»</translation>
    </message>
    <message>
        <source>unknown key &quot;%1&quot;</source>
        <translation>tecla desconocida «%1»</translation>
    </message>
    <message>
        <source>a global shortcut needs Ctrl, Alt, Shift or Meta</source>
        <translation>un atajo global necesita Ctrl, Alt, Shift o Meta</translation>
    </message>
    <message>
        <source>preview a link: title, site, summary (--json)</source>
        <translation>vista previa de un enlace: título, sitio, resumen (--json)</translation>
    </message>
    <message>
        <source>
Options:
  --profile DIR  keep all data under DIR (also TTC_PROFILE_DIR)
  -h, --help     show this help; `ttc COMMAND --help` for one command
  -v, --version  show the version

Exit codes: 0 ok, 1 local error, 2 usage, 3 missing or invalid key, 4 tier or quota,
5 rate limited or overloaded, 6 network, 7 other provider or site error, 8 server or account error.
</source>
        <translation>
Opciones:
  --profile DIR  guardar todos los datos en DIR (también TTC_PROFILE_DIR)
  -h, --help     mostrar esta ayuda; `ttc COMMAND --help` para una orden
  -v, --version  mostrar la versión

Códigos de salida: 0 correcto, 1 error local, 2 uso, 3 clave ausente o no válida,
4 plan o cuota, 5 límite de frecuencia o sobrecarga, 6 red, 7 otro error del proveedor o del sitio,
8 error del servidor o de la cuenta.
</translation>
    </message>
    <message>
        <source>ttc: --profile needs a folder
</source>
        <translation>ttc: --profile necesita una carpeta
</translation>
    </message>
    <message>
        <source>ttc: unknown command &quot;%1&quot;
Try &apos;ttc --help&apos;.
</source>
        <translation>ttc: orden desconocida «%1»
Pruebe «ttc --help».
</translation>
    </message>
</context>
<context>
    <name>ttc-render</name>
    <message>
        <source>Renders a web page into a PNG file.</source>
        <translation>Representa una página web en un archivo PNG.</translation>
    </message>
    <message>
        <source>Page to render</source>
        <translation>Página que representar</translation>
    </message>
    <message>
        <source>PNG file to write</source>
        <translation>Archivo PNG que escribir</translation>
    </message>
    <message>
        <source>Viewport size (default 1280x800)</source>
        <translation>Tamaño de la ventana gráfica (predeterminado 1280x800)</translation>
    </message>
    <message>
        <source>Seconds to wait (default 15)</source>
        <translation>Segundos de espera (predeterminado 15)</translation>
    </message>
</context>
<context>
    <name>ttc::AccountWindow</name>
    <message>
        <source>Account – ToolTip Companion</source>
        <translation>Cuenta – ToolTip Companion</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Servidor:</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;Correo electrónico:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>C&amp;ontraseña:</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>&amp;Iniciar sesión</translation>
    </message>
    <message>
        <source>&amp;Create account</source>
        <translation>Crear c&amp;uenta</translation>
    </message>
    <message>
        <source>An account keeps your chat history and usage in sync across devices. Without one, everything stays on this device.</source>
        <translation>Una cuenta mantiene sincronizados el historial de chats y el uso entre dispositivos. Sin ella, todo se queda en este dispositivo.</translation>
    </message>
    <message>
        <source>Sync &amp;now</source>
        <translation>Sincronizar &amp;ahora</translation>
    </message>
    <message>
        <source>&amp;Upgrade…</source>
        <translation>&amp;Mejorar plan…</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>Cerrar s&amp;esión</translation>
    </message>
    <message>
        <source>Enter the server&apos;s address, for example https://sync.example.com.</source>
        <translation>Introduzca la dirección del servidor, por ejemplo https://sync.example.com.</translation>
    </message>
    <message>
        <source>Enter your email and password.</source>
        <translation>Introduzca su correo electrónico y su contraseña.</translation>
    </message>
    <message>
        <source>Creating the account…</source>
        <translation>Creando la cuenta…</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Iniciando sesión…</translation>
    </message>
    <message>
        <source>Opening the checkout page…</source>
        <translation>Abriendo la página de pago…</translation>
    </message>
    <message>
        <source>The server sent no checkout link.</source>
        <translation>El servidor no envió ningún enlace de pago.</translation>
    </message>
    <message>
        <source>The checkout page opened in your browser. The new tier shows here as soon as the payment is confirmed.</source>
        <translation>La página de pago se abrió en su navegador. El nuevo plan aparecerá aquí en cuanto se confirme el pago.</translation>
    </message>
    <message>
        <source>Signed in as %1 at %2</source>
        <translation>Sesión iniciada como %1 en %2</translation>
    </message>
    <message>
        <source>Tier: %1</source>
        <translation>Plan: %1</translation>
    </message>
    <message>
        <source>Unlimited</source>
        <translation>Ilimitado</translation>
    </message>
    <message numerus="yes">
        <source>%n cloud request(s) today, no daily limit.</source>
        <translation>
            <numerusform>%n solicitud en la nube hoy, sin límite diario.</numerusform>
            <numerusform>%n solicitudes en la nube hoy, sin límite diario.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 cloud requests used today; resets %3.</source>
        <translation>%1 de %2 solicitudes en la nube usadas hoy; se restablece %3.</translation>
    </message>
    <message>
        <source>Tier: not known yet</source>
        <translation>Plan: aún desconocido</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Sincronizando…</translation>
    </message>
    <message>
        <source>Offline: changes wait on this device and are sent when the server can be reached.</source>
        <translation>Sin conexión: los cambios esperan en este dispositivo y se envían cuando se pueda contactar con el servidor.</translation>
    </message>
    <message>
        <source>Sync failed; it is retried automatically.</source>
        <translation>Falló la sincronización; se reintentará automáticamente.</translation>
    </message>
    <message>
        <source>Synced; last sync %1.</source>
        <translation>Sincronizado; última sincronización %1.</translation>
    </message>
    <message>
        <source>Not synced yet.</source>
        <translation>Aún no sincronizado.</translation>
    </message>
    <message>
        <source>Offline use of cloud providers needs one successful connection first.</source>
        <translation>El uso sin conexión de los proveedores en la nube requiere antes una conexión correcta.</translation>
    </message>
</context>
<context>
    <name>ttc::CompanionApp</name>
    <message>
        <source>&amp;Chat</source>
        <translation>&amp;Chat</translation>
    </message>
    <message>
        <source>Open the chat window</source>
        <translation>Abrir la ventana de chat</translation>
    </message>
    <message>
        <source>API &amp;Keys…</source>
        <translation>C&amp;laves de API…</translation>
    </message>
    <message>
        <source>&amp;Account…</source>
        <translation>C&amp;uenta…</translation>
    </message>
    <message>
        <source>History unavailable</source>
        <translation>Historial no disponible</translation>
    </message>
    <message>
        <source>History database repaired</source>
        <translation>Base de datos del historial reparada</translation>
    </message>
    <message>
        <source>The history database was damaged and has been replaced by a new one. The old file was kept as %1.</source>
        <translation>La base de datos del historial estaba dañada y se ha sustituido por una nueva. El archivo antiguo se conservó como %1.</translation>
    </message>
    <message>
        <source>ToolTip Companion is already running. Its menu is in the system tray.</source>
        <translation>ToolTip Companion ya se está ejecutando. Su menú está en la bandeja del sistema.</translation>
    </message>
    <message>
        <source>Start at login</source>
        <translation>Iniciar al iniciar sesión</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <source>User interface language</source>
        <translation>Idioma de la interfaz</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Predeterminado del sistema</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>The new language is used from the next start of ToolTip Companion.</source>
        <translation>El nuevo idioma se usará a partir del próximo inicio de ToolTip Companion.</translation>
    </message>
    <message>
        <source>About ToolTip Companion</source>
        <translation>Acerca de ToolTip Companion</translation>
    </message>
    <message>
        <source>ToolTip Companion %1

Link previews, chat and voice on your desktop. Your keys stay in your keychain.

Data folder: %2</source>
        <translation>ToolTip Companion %1

Vistas previas de enlaces, chat y voz en su escritorio. Sus claves se quedan en su llavero.

Carpeta de datos: %2</translation>
    </message>
    <message>
        <source>&amp;Browser</source>
        <translation>Nav&amp;egador</translation>
    </message>
    <message>
        <source>Open the browser with link previews</source>
        <translation>Abrir el navegador con vistas previas de enlaces</translation>
    </message>
</context>
<context>
    <name>ttc::GlobalHotkey</name>
    <message>
        <source>macOS has no key for %1.</source>
        <translation>macOS no tiene ninguna tecla para %1.</translation>
    </message>
    <message>
        <source>%1 is already used by another program. Choose another voice shortcut in the tray menu under Voice.</source>
        <translation>Otro programa ya usa %1. Elija otro atajo de voz en el menú de la bandeja, en Voz.</translation>
    </message>
    <message>
        <source>Windows has no key for %1.</source>
        <translation>Windows no tiene ninguna tecla para %1.</translation>
    </message>
</context>
<context>
    <name>ttc::KeyManagerWindow</name>
    <message>
        <source>API Keys</source>
        <translation>Claves de API</translation>
    </message>
    <message>
        <source>Keys are kept in your system keychain and only sent to their provider. A local model server on this computer needs no key.</source>
        <translation>Las claves se guardan en el llavero del sistema y solo se envían a su proveedor. Un servidor de modelos local en este equipo no necesita clave.</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Probar</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Get a key</source>
        <translation>Obtener una clave</translation>
    </message>
    <message>
        <source>no key</source>
        <translation>sin clave</translation>
    </message>
    <message>
        <source>keychain</source>
        <translation>llavero</translation>
    </message>
    <message>
        <source>this session only</source>
        <translation>solo esta sesión</translation>
    </message>
    <message>
        <source>environment (%1)</source>
        <translation>entorno (%1)</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Añadir…</translation>
    </message>
    <message>
        <source>Replace…</source>
        <translation>Sustituir…</translation>
    </message>
    <message numerus="yes">
        <source>%1, checked %2, %n model(s)</source>
        <translation>
            <numerusform>%1, comprobada %2, %n modelo</numerusform>
            <numerusform>%1, comprobada %2, %n modelos</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, checked %2</source>
        <translation>%1, comprobada %2</translation>
    </message>
    <message>
        <source>%1 API key</source>
        <translation>Clave de API de %1</translation>
    </message>
    <message>
        <source>Paste the key:</source>
        <translation>Pegue la clave:</translation>
    </message>
    <message>
        <source>The %1 key was saved in the keychain.</source>
        <translation>La clave de %1 se guardó en el llavero.</translation>
    </message>
    <message>
        <source>No keychain</source>
        <translation>No hay llavero</translation>
    </message>
    <message>
        <source>Keep the key in memory until ToolTip Companion quits?</source>
        <translation>¿Mantener la clave en memoria hasta que se cierre ToolTip Companion?</translation>
    </message>
    <message>
        <source>The %1 key is kept for this session only.</source>
        <translation>La clave de %1 se conserva solo durante esta sesión.</translation>
    </message>
    <message>
        <source>checking…</source>
        <translation>comprobando…</translation>
    </message>
    <message>
        <source>Remove key</source>
        <translation>Quitar clave</translation>
    </message>
    <message>
        <source>Remove the %1 key from the keychain?</source>
        <translation>¿Quitar la clave de %1 del llavero?</translation>
    </message>
    <message>
        <source>The %1 key was removed.</source>
        <translation>Se quitó la clave de %1.</translation>
    </message>
</context>
<context>
    <name>ttc::PortalGlobalHotkey</name>
    <message>
        <source>This desktop does not let applications register global shortcuts. To ask by voice with %1, add a custom shortcut in your desktop&apos;s keyboard settings that runs:
    tooltip-companion --voice</source>
        <translation>Este escritorio no permite que las aplicaciones registren atajos globales. Para preguntar por voz con %1, añada un atajo personalizado en la configuración del teclado de su escritorio que ejecute:
    tooltip-companion --voice</translation>
    </message>
    <message>
        <source>Ask ToolTip Companion by voice</source>
        <translation>Preguntar a ToolTip Companion por voz</translation>
    </message>
</context>
<context>
    <name>ttc::SpeechPlayer</name>
    <message>
        <source>The answer could not be played: %1</source>
        <translation>No se pudo reproducir la respuesta: %1</translation>
    </message>
    <message>
        <source>The answer could not be played: unsupported audio type %1.</source>
        <translation>No se pudo reproducir la respuesta: tipo de audio %1 no admitido.</translation>
    </message>
    <message>
        <source>The answer could not be played: the MP3 decoder did not start.</source>
        <translation>No se pudo reproducir la respuesta: el decodificador MP3 no se inició.</translation>
    </message>
    <message>
        <source>The answer could not be played: no audio arrived.</source>
        <translation>No se pudo reproducir la respuesta: no llegó audio.</translation>
    </message>
    <message>
        <source>The answer could not be played: the audio output failed.</source>
        <translation>No se pudo reproducir la respuesta: falló la salida de audio.</translation>
    </message>
    <message>
        <source>The answer could not be played: no audio output is available.</source>
        <translation>No se pudo reproducir la respuesta: no hay ninguna salida de audio disponible.</translation>
    </message>
</context>
<context>
    <name>ttc::TrayController</name>
    <message>
        <source>ToolTip Companion menu</source>
        <translation>Menú de ToolTip Companion</translation>
    </message>
    <message>
        <source>Start at &amp;Login</source>
        <translation>I&amp;niciar al iniciar sesión</translation>
    </message>
    <message>
        <source>&amp;About ToolTip Companion</source>
        <translation>&amp;Acerca de ToolTip Companion</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
</context>
<context>
    <name>ttc::VoiceController</name>
    <message>
        <source>Voice shortcut</source>
        <translation>Atajo de voz</translation>
    </message>
    <message>
        <source>Voice</source>
        <translation>Voz</translation>
    </message>
    <message>
        <source>The speech recognizer &quot;%1&quot; is not available; choose another one in the voice settings.</source>
        <translation>El reconocedor de voz «%1» no está disponible; elija otro en la configuración de voz.</translation>
    </message>
    <message>
        <source>Transcribing…</source>
        <translation>Transcribiendo…</translation>
    </message>
    <message>
        <source>Nothing was heard. Check the microphone and its level.</source>
        <translation>No se oyó nada. Compruebe el micrófono y su nivel.</translation>
    </message>
    <message>
        <source>There is no answer to read yet.</source>
        <translation>Aún no hay ninguna respuesta que leer.</translation>
    </message>
    <message>
        <source>The voice &quot;%1&quot; is not available; choose another one in the voice settings.</source>
        <translation>La voz «%1» no está disponible; elija otra en la configuración de voz.</translation>
    </message>
</context>
<context>
    <name>ttc::VoiceOverlay</name>
    <message>
        <source>Stop</source>
        <translation>Detener</translation>
    </message>
    <message>
        <source>ToolTip Companion voice</source>
        <translation>Voz de ToolTip Companion</translation>
    </message>
    <message>
        <source>Microphone level</source>
        <translation>Nivel del micrófono</translation>
    </message>
    <message>
        <source>Listening on %1…</source>
        <translation>Escuchando en %1…</translation>
    </message>
    <message>
        <source>Listening on %1… (%2 to stop)</source>
        <translation>Escuchando en %1… (%2 para detener)</translation>
    </message>
</context>
<context>
    <name>ttc::VoiceRecorder</name>
    <message>
        <source>The microphone &quot;%1&quot; was disconnected. What was recorded until then is kept.</source>
        <translation>Se desconectó el micrófono «%1». Se conserva lo grabado hasta ese momento.</translation>
    </message>
    <message>
        <source>No microphone was found. Connect one, or check that the sound system is running.</source>
        <translation>No se encontró ningún micrófono. Conecte uno o compruebe que el sistema de sonido está en funcionamiento.</translation>
    </message>
    <message>
        <source>The chosen microphone is not connected. Pick another one in the voice settings.</source>
        <translation>El micrófono elegido no está conectado. Elija otro en la configuración de voz.</translation>
    </message>
    <message>
        <source>The microphone &quot;%1&quot; could not be opened. Another program may be using it, or access to it is not allowed.</source>
        <translation>No se pudo abrir el micrófono «%1». Puede que otro programa lo esté usando o que no se permita el acceso.</translation>
    </message>
    <message>
        <source>Recording stopped: the microphone reported an error. What was recorded until then is kept.</source>
        <translation>Grabación detenida: el micrófono informó de un error. Se conserva lo grabado hasta ese momento.</translation>
    </message>
</context>
<context>
    <name>ttc::VoiceShortcut</name>
    <message>
        <source>&amp;Voice</source>
        <translation>&amp;Voz</translation>
    </message>
    <message>
        <source>Ask by voice</source>
        <translation>Preguntar por voz</translation>
    </message>
    <message>
        <source>Change voice shortcut…</source>
        <translation>Cambiar el atajo de voz…</translation>
    </message>
    <message>
        <source>Voice shortcut</source>
        <translation>Atajo de voz</translation>
    </message>
    <message>
        <source>Press this anywhere to ask by voice (for example Ctrl+Alt+Space, Ctrl+Shift+V, Meta+F9):</source>
        <translation>Pulse esto en cualquier lugar para preguntar por voz (por ejemplo Ctrl+Alt+Space, Ctrl+Shift+V, Meta+F9):</translation>
    </message>
    <message>
        <source>Ask by voice (%1)</source>
        <translation>Preguntar por voz (%1)</translation>
    </message>
</context>
<context>
    <name>ttc::X11GlobalHotkey</name>
    <message>
        <source>This session has no X11 connection.</source>
        <translation>Esta sesión no tiene conexión X11.</translation>
    </message>
    <message>
        <source>The shortcut is not complete.</source>
        <translation>El atajo no está completo.</translation>
    </message>
    <message>
        <source>The keyboard layout has no key for %1.</source>
        <translation>La distribución del teclado no tiene ninguna tecla para %1.</translation>
    </message>
    <message>
        <source>%1 is already used by another program. Choose another voice shortcut in the tray menu under Voice.</source>
        <translation>Otro programa ya usa %1. Elija otro atajo de voz en el menú de la bandeja, en Voz.</translation>
    </message>
</context>
<context>
    <name>ttc::account::AuthSession</name>
    <message>
        <source>The email or password is wrong.</source>
        <translation>El correo electrónico o la contraseña son incorrectos.</translation>
    </message>
    <message>
        <source>An account with this email already exists. Sign in instead.</source>
        <translation>Ya existe una cuenta con este correo electrónico. Inicie sesión en su lugar.</translation>
    </message>
    <message numerus="yes">
        <source>Too many attempts. Try again in %n second(s).</source>
        <translation>
            <numerusform>Demasiados intentos. Inténtelo de nuevo dentro de %n segundo.</numerusform>
            <numerusform>Demasiados intentos. Inténtelo de nuevo dentro de %n segundos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Too many attempts. Try again later.</source>
        <translation>Demasiados intentos. Inténtelo de nuevo más tarde.</translation>
    </message>
    <message>
        <source>The server did not accept this: %1</source>
        <translation>El servidor no aceptó esto: %1</translation>
    </message>
    <message>
        <source>The session has ended. Sign in again.</source>
        <translation>La sesión ha terminado. Inicie sesión de nuevo.</translation>
    </message>
    <message>
        <source>The account server has a problem (HTTP %1). Try again later.</source>
        <translation>El servidor de cuentas tiene un problema (HTTP %1). Inténtelo de nuevo más tarde.</translation>
    </message>
    <message>
        <source>The account server refused the request (HTTP %1).</source>
        <translation>El servidor de cuentas rechazó la solicitud (HTTP %1).</translation>
    </message>
    <message>
        <source>The account server refused the request: %1</source>
        <translation>El servidor de cuentas rechazó la solicitud: %1</translation>
    </message>
    <message>
        <source>The account server sent no session tokens.</source>
        <translation>El servidor de cuentas no envió tokens de sesión.</translation>
    </message>
    <message>
        <source>Not signed in to an account.</source>
        <translation>No se ha iniciado sesión en ninguna cuenta.</translation>
    </message>
    <message>
        <source>The saved sign-in is gone from the keychain. Sign in again.</source>
        <translation>El inicio de sesión guardado ya no está en el llavero. Inicie sesión de nuevo.</translation>
    </message>
    <message>
        <source>The session has ended (signed out elsewhere or expired). Sign in again.</source>
        <translation>La sesión ha terminado (se cerró en otro lugar o caducó). Inicie sesión de nuevo.</translation>
    </message>
    <message>
        <source>The server no longer accepts this sign-in. Sign in again.</source>
        <translation>El servidor ya no acepta este inicio de sesión. Inicie sesión de nuevo.</translation>
    </message>
</context>
<context>
    <name>ttc::account::SyncClient</name>
    <message>
        <source>Not signed in to an account.</source>
        <translation>No se ha iniciado sesión en ninguna cuenta.</translation>
    </message>
    <message>
        <source>The server lost this device&apos;s earlier changes. Sign out and in again to send the whole history.</source>
        <translation>El servidor perdió los cambios anteriores de este dispositivo. Cierre sesión y vuelva a iniciarla para enviar todo el historial.</translation>
    </message>
</context>
<context>
    <name>ttc::browser::BrowserModule</name>
    <message>
        <source>Questions are off in private windows: they would be kept in the chat history.</source>
        <translation>Las preguntas están desactivadas en las ventanas privadas: se guardarían en el historial del chat.</translation>
    </message>
</context>
<context>
    <name>ttc::browser::BrowserWindow</name>
    <message>
        <source>Browser</source>
        <translation>Navegador</translation>
    </message>
    <message>
        <source>Tabs</source>
        <translation>Pestañas</translation>
    </message>
    <message>
        <source>Page load progress</source>
        <translation>Progreso de carga de la página</translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation>Navegación</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Atrás</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Adelante</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Recargar</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Detener</translation>
    </message>
    <message>
        <source>Address and search bar</source>
        <translation>Barra de direcciones y búsqueda</translation>
    </message>
    <message>
        <source>Search or enter address</source>
        <translation>Buscar o introducir una dirección</translation>
    </message>
    <message>
        <source>New Tab</source>
        <translation>Pestaña nueva</translation>
    </message>
    <message>
        <source>Close Tab</source>
        <translation>Cerrar pestaña</translation>
    </message>
    <message>
        <source>Open Location</source>
        <translation>Abrir ubicación</translation>
    </message>
    <message>
        <source>Find in Page…</source>
        <translation>Buscar en la página…</translation>
    </message>
    <message>
        <source>Find Next</source>
        <translation>Buscar siguiente</translation>
    </message>
    <message>
        <source>Find Previous</source>
        <translation>Buscar anterior</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>Close &amp;Window</source>
        <translation>Cerrar &amp;ventana</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>Link &amp;Previews</source>
        <translation>Vistas previas de &amp;enlaces</translation>
    </message>
    <message>
        <source>Hi&amp;story</source>
        <translation>&amp;Historial</translation>
    </message>
    <message>
        <source>Find in page</source>
        <translation>Buscar en la página</translation>
    </message>
    <message>
        <source>Find:</source>
        <translation>Buscar:</translation>
    </message>
    <message>
        <source>Text to find</source>
        <translation>Texto que buscar</translation>
    </message>
    <message>
        <source>Previous match</source>
        <translation>Coincidencia anterior</translation>
    </message>
    <message>
        <source>Next match</source>
        <translation>Coincidencia siguiente</translation>
    </message>
    <message>
        <source>Matches</source>
        <translation>Coincidencias</translation>
    </message>
    <message>
        <source>Close find bar</source>
        <translation>Cerrar la barra de búsqueda</translation>
    </message>
    <message>
        <source>Web page</source>
        <translation>Página web</translation>
    </message>
    <message>
        <source>The page could not be loaded</source>
        <translation>No se pudo cargar la página</translation>
    </message>
    <message>
        <source>No matches</source>
        <translation>Sin coincidencias</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <source>Clear History</source>
        <translation>Borrar historial</translation>
    </message>
    <message>
        <source>New &amp;Private Window</source>
        <translation>Nueva ventana &amp;privada</translation>
    </message>
    <message>
        <source>%1 (Private)</source>
        <translation>%1 (privada)</translation>
    </message>
    <message>
        <source>Resource Bot</source>
        <translation>Bot de recursos</translation>
    </message>
    <message>
        <source>Close or Stop</source>
        <translation>Cerrar o detener</translation>
    </message>
    <message>
        <source>Don&apos;t Preview Links on This Site</source>
        <translation>No previsualizar enlaces en este sitio</translation>
    </message>
    <message>
        <source>Sites Without Link Previews…</source>
        <translation>Sitios sin vista previa de enlaces…</translation>
    </message>
    <message>
        <source>Preview Links on This Site Again</source>
        <translation>Volver a previsualizar enlaces en este sitio</translation>
    </message>
    <message>
        <source>Show link previews on %1 again</source>
        <translation>Volver a mostrar vistas previas de enlaces en %1</translation>
    </message>
    <message>
        <source>Stop showing link previews on %1</source>
        <translation>Dejar de mostrar vistas previas de enlaces en %1</translation>
    </message>
    <message>
        <source>Links on %1 are previewed again.</source>
        <translation>Los enlaces de %1 vuelven a tener vista previa.</translation>
    </message>
    <message>
        <source>Links on %1 are no longer previewed.</source>
        <translation>Los enlaces de %1 ya no tienen vista previa.</translation>
    </message>
</context>
<context>
    <name>ttc::browser::LinkPreviewController</name>
    <message>
        <source>Summarize this page.</source>
        <translation>Resume esta página.</translation>
    </message>
</context>
<context>
    <name>ttc::browser::OptOutSitesDialog</name>
    <message>
        <source>Sites Without Link Previews</source>
        <translation>Sitios sin vista previa de enlaces</translation>
    </message>
    <message>
        <source>Links on these sites, and links that lead to them, are not previewed.</source>
        <translation>Los enlaces de estos sitios, y los enlaces que llevan a ellos, no se previsualizan.</translation>
    </message>
    <message>
        <source>Sites without link previews</source>
        <translation>Sitios sin vista previa de enlaces</translation>
    </message>
    <message>
        <source>No sites yet. Use “Don&apos;t Preview Links on This Site” in the browser&apos;s View menu or in a page&apos;s context menu to add one.</source>
        <translation>Aún no hay sitios. Use «No previsualizar enlaces en este sitio» en el menú Ver del navegador o en el menú contextual de una página para añadir uno.</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <source>Remove the selected sites</source>
        <translation>Quitar los sitios seleccionados</translation>
    </message>
</context>
<context>
    <name>ttc::browser::PageRenderer</name>
    <message>
        <source>The page did not finish loading in time</source>
        <translation>La página no terminó de cargarse a tiempo</translation>
    </message>
    <message>
        <source>The page could not be loaded</source>
        <translation>No se pudo cargar la página</translation>
    </message>
    <message>
        <source>Nothing was rendered</source>
        <translation>No se representó nada</translation>
    </message>
</context>
<context>
    <name>ttc::browser::PreviewOverlay</name>
    <message>
        <source>Link preview</source>
        <translation>Vista previa del enlace</translation>
    </message>
    <message>
        <source>Loading preview…</source>
        <translation>Cargando vista previa…</translation>
    </message>
    <message numerus="yes">
        <source>%n min read</source>
        <translation>
            <numerusform>%n min de lectura</numerusform>
            <numerusform>%n min de lectura</numerusform>
        </translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Imagen</translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation>Documento PDF</translation>
    </message>
    <message>
        <source>AI summary</source>
        <translation>Resumen con IA</translation>
    </message>
    <message>
        <source>Summarizing…</source>
        <translation>Resumiendo…</translation>
    </message>
</context>
<context>
    <name>ttc::browser::ResourcePanel</name>
    <message>
        <source>Documents</source>
        <translation>Documentos</translation>
    </message>
    <message>
        <source>Downloads</source>
        <translation>Descargas</translation>
    </message>
    <message>
        <source>Media</source>
        <translation>Multimedia</translation>
    </message>
    <message>
        <source>References</source>
        <translation>Referencias</translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation>Navegación</translation>
    </message>
    <message>
        <source>Resource Bot</source>
        <translation>Bot de recursos</translation>
    </message>
    <message>
        <source>Resource bot</source>
        <translation>Bot de recursos</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>Page summary</source>
        <translation>Resumen de la página</translation>
    </message>
    <message>
        <source>Resources</source>
        <translation>Recursos</translation>
    </message>
    <message>
        <source>Page resources</source>
        <translation>Recursos de la página</translation>
    </message>
    <message>
        <source>Reading the page…</source>
        <translation>Leyendo la página…</translation>
    </message>
    <message>
        <source>This page has no text to summarize.</source>
        <translation>Esta página no tiene texto que resumir.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>No links on this page.</source>
        <translation>No hay enlaces en esta página.</translation>
    </message>
    <message>
        <source>Ask about this page</source>
        <translation>Preguntar sobre esta página</translation>
    </message>
    <message>
        <source>Question about the page</source>
        <translation>Pregunta sobre la página</translation>
    </message>
    <message>
        <source>Ask a question about this page</source>
        <translation>Haga una pregunta sobre esta página</translation>
    </message>
    <message>
        <source>Ask</source>
        <translation>Preguntar</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Respuesta</translation>
    </message>
    <message>
        <source>Continue in Chat</source>
        <translation>Continuar en el chat</translation>
    </message>
    <message>
        <source>The question could not be answered.</source>
        <translation>No se pudo responder a la pregunta.</translation>
    </message>
    <message>
        <source>The page is still being read; ask again in a moment.</source>
        <translation>La página aún se está leyendo; vuelva a preguntar en un momento.</translation>
    </message>
    <message>
        <source>Questions need an AI provider; the summary and resources work without one.</source>
        <translation>Las preguntas necesitan un proveedor de IA; el resumen y los recursos funcionan sin él.</translation>
    </message>
    <message>
        <source>Asking…</source>
        <translation>Preguntando…</translation>
    </message>
    <message>
        <source>AI summary</source>
        <translation>Resumen con IA</translation>
    </message>
    <message>
        <source>AI summary of the page</source>
        <translation>Resumen con IA de la página</translation>
    </message>
    <message>
        <source>Summarize this page.</source>
        <translation>Resume esta página.</translation>
    </message>
    <message>
        <source>Continue Summary in Chat</source>
        <translation>Continuar el resumen en el chat</translation>
    </message>
    <message>
        <source>Continue the AI summary in the chat</source>
        <translation>Continuar el resumen de IA en el chat</translation>
    </message>
</context>
<context>
    <name>ttc::chat::ChatController</name>
    <message>
        <source>New chat</source>
        <translation>Chat nuevo</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>Chat</translation>
    </message>
    <message>
        <source>That chat was deleted.</source>
        <translation>Ese chat se eliminó.</translation>
    </message>
    <message>
        <source>Chat replies are not available in this build: the AI access layer is missing.</source>
        <translation>Las respuestas del chat no están disponibles en esta compilación: falta la capa de acceso a IA.</translation>
    </message>
    <message>
        <source>Wait for the reply to finish, or stop it with Esc.</source>
        <translation>Espere a que termine la respuesta o deténgala con Esc.</translation>
    </message>
    <message>
        <source>%1 is part of the %2 plan. Upgrade in Account, or pick another provider.</source>
        <translation>%1 forma parte del plan %2. Mejore su plan en Cuenta o elija otro proveedor.</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Detenido.</translation>
    </message>
    <message>
        <source>That chat no longer exists.</source>
        <translation>Ese chat ya no existe.</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>No se pudo escribir %1: %2</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>Exportado a %1</translation>
    </message>
    <message>
        <source>Needs %1</source>
        <translation>Necesita %1</translation>
    </message>
    <message>
        <source>Local, no key needed</source>
        <translation>Local, no necesita clave</translation>
    </message>
    <message>
        <source>No key needed</source>
        <translation>No necesita clave</translation>
    </message>
    <message>
        <source>Key set</source>
        <translation>Clave establecida</translation>
    </message>
    <message>
        <source>No key</source>
        <translation>Sin clave</translation>
    </message>
</context>
<context>
    <name>ttc::chat::MessageListModel</name>
    <message>
        <source>That message is no longer in this chat.</source>
        <translation>Ese mensaje ya no está en este chat.</translation>
    </message>
</context>
<context>
    <name>ttc::chat::SearchModel</name>
    <message>
        <source>Untitled chat</source>
        <translation>Chat sin título</translation>
    </message>
</context>
<context>
    <name>ttc::chat::quota</name>
    <message>
        <source>%1 is not included in the %2 plan. Upgrade to Pro to use it, or use OpenAI or a local model server.</source>
        <translation>%1 no está incluido en el plan %2. Pase a Pro para usarlo o use OpenAI o un servidor de modelos local.</translation>
    </message>
    <message>
        <source>Today&apos;s %1 cloud AI requests of the %2 plan are used up. They renew at %3; a local model server stays available, and Pro raises the limit.</source>
        <translation>Se han agotado las %1 solicitudes de IA en la nube de hoy del plan %2. Se renuevan a las %3; un servidor de modelos local sigue disponible y Pro aumenta el límite.</translation>
    </message>
</context>
<context>
    <name>ttc::cli</name>
    <message>
        <source>Password: </source>
        <translation>Contraseña: </translation>
    </message>
    <message>
        <source>Usage: ttc account signup --server URL --email EMAIL   (password on stdin)
       ttc account login --server URL --email EMAIL [--device NAME]   (password on stdin)
       ttc account logout
       ttc account status [--json]
</source>
        <translation>Uso: ttc account signup --server URL --email EMAIL   (contraseña por stdin)
     ttc account login --server URL --email EMAIL [--device NAME]   (contraseña por stdin)
     ttc account logout
     ttc account status [--json]
</translation>
    </message>
    <message>
        <source>The account server.</source>
        <translation>El servidor de cuentas.</translation>
    </message>
    <message>
        <source>The account&apos;s email.</source>
        <translation>El correo electrónico de la cuenta.</translation>
    </message>
    <message>
        <source>A name for this device.</source>
        <translation>Un nombre para este dispositivo.</translation>
    </message>
    <message>
        <source>the password is read from stdin, never from the command line</source>
        <translation>la contraseña se lee de stdin, nunca de la línea de órdenes</translation>
    </message>
    <message>
        <source>no password on stdin</source>
        <translation>no hay contraseña en stdin</translation>
    </message>
    <message>
        <source>Account created; signed in as %1 at %2
</source>
        <translation>Cuenta creada; sesión iniciada como %1 en %2
</translation>
    </message>
    <message>
        <source>Signed in as %1 at %2
</source>
        <translation>Sesión iniciada como %1 en %2
</translation>
    </message>
    <message>
        <source>Not signed in (local-only mode).
</source>
        <translation>Sin sesión iniciada (modo solo local).
</translation>
    </message>
    <message>
        <source>Tier: %1
</source>
        <translation>Plan: %1
</translation>
    </message>
    <message>
        <source>Cloud requests today: %1 (unlimited)
</source>
        <translation>Solicitudes en la nube hoy: %1 (ilimitadas)
</translation>
    </message>
    <message>
        <source>Cloud requests today: %1 of %2, resets %3
</source>
        <translation>Solicitudes en la nube hoy: %1 de %2, se restablece %3
</translation>
    </message>
    <message>
        <source>Offline: %1 (showing what was known at %2)
</source>
        <translation>Sin conexión: %1 (se muestra lo conocido a las %2)
</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <source>Sync: %1 change(s) waiting; last sync %2
</source>
        <translation>Sincronización: cambios pendientes: %1; última sincronización %2
</translation>
    </message>
    <message>
        <source>Last sync error: %1
</source>
        <translation>Último error de sincronización: %1
</translation>
    </message>
    <message>
        <source>Signed out. Local history stays on this device.
</source>
        <translation>Sesión cerrada. El historial local se queda en este dispositivo.
</translation>
    </message>
    <message>
        <source>Not signed in.
</source>
        <translation>Sin sesión iniciada.
</translation>
    </message>
    <message>
        <source>Usage: ttc sync [--once]
Sends this device&apos;s changes to the account server and fetches the others&apos;. Without --once it keeps running and syncs whenever something changes (Ctrl+C stops).
</source>
        <translation>Uso: ttc sync [--once]
Envía los cambios de este dispositivo al servidor de cuentas y obtiene los de los demás. Sin --once sigue en ejecución y sincroniza cada vez que algo cambia (Ctrl+C lo detiene).
</translation>
    </message>
    <message>
        <source>Usage: ttc sync [--once]</source>
        <translation>Uso: ttc sync [--once]</translation>
    </message>
    <message>
        <source>not signed in; use `ttc account login --server URL --email EMAIL`</source>
        <translation>sin sesión iniciada; use `ttc account login --server URL --email EMAIL`</translation>
    </message>
    <message>
        <source>Synced: sent %1 change(s) (%2 refused by the server), received %3.
</source>
        <translation>Sincronizado: cambios enviados: %1 (rechazados por el servidor: %2), recibidos: %3.
</translation>
    </message>
    <message>
        <source>%1 synced: sent %2, received %3
</source>
        <translation>%1 sincronizado: enviados %2, recibidos %3
</translation>
    </message>
    <message>
        <source>sign up, sign in or out of the sync server; show the account</source>
        <translation>registrarse, iniciar o cerrar sesión en el servidor de sincronización; mostrar la cuenta</translation>
    </message>
    <message>
        <source>sync chat history and usage with the account server</source>
        <translation>sincronizar el historial de chats y el uso con el servidor de cuentas</translation>
    </message>
    <message>
        <source>openai, anthropic, gemini or local.</source>
        <translation>openai, anthropic, gemini o local.</translation>
    </message>
    <message>
        <source>Model name.</source>
        <translation>Nombre del modelo.</translation>
    </message>
    <message>
        <source>API root, e.g. http://localhost:11434/v1.</source>
        <translation>Raíz de la API, p. ej. http://localhost:11434/v1.</translation>
    </message>
    <message>
        <source>System prompt.</source>
        <translation>Instrucción de sistema.</translation>
    </message>
    <message>
        <source>Continue this session (id or unique prefix).</source>
        <translation>Continuar esta sesión (id o prefijo único).</translation>
    </message>
    <message>
        <source>Start a new session (the default).</source>
        <translation>Empezar una sesión nueva (predeterminado).</translation>
    </message>
    <message>
        <source>Print one JSON object when done instead of streaming text.</source>
        <translation>Imprimir un objeto JSON al terminar en lugar de transmitir texto.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Mostrar esta ayuda.</translation>
    </message>
    <message>
        <source>The message; &quot;-&quot; or none reads it from stdin.</source>
        <translation>El mensaje; «-» o nada lo lee de stdin.</translation>
    </message>
    <message>
        <source>Usage: ttc chat [--provider openai|anthropic|gemini|local] [--model M] [--base-url URL] [--system TEXT] [--session ID | --new] [--json] [MESSAGE | -]

Streams the answer to stdout as it arrives (without the model&apos;s reasoning).
</source>
        <translation>Uso: ttc chat [--provider openai|anthropic|gemini|local] [--model M] [--base-url URL] [--system TEXT] [--session ID | --new] [--json] [MESSAGE | -]

Transmite la respuesta a stdout a medida que llega (sin el razonamiento del modelo).
</translation>
    </message>
    <message>
        <source>--session and --new exclude each other.</source>
        <translation>--session y --new se excluyen mutuamente.</translation>
    </message>
    <message>
        <source>Nothing to send: give a message or pipe one on stdin.</source>
        <translation>Nada que enviar: indique un mensaje o páselo por stdin.</translation>
    </message>
    <message>
        <source>Unknown provider &quot;%1&quot; (openai, anthropic, gemini, local).</source>
        <translation>Proveedor desconocido «%1» (openai, anthropic, gemini, local).</translation>
    </message>
    <message>
        <source>(%1: %2)</source>
        <translation>(%1: %2)</translation>
    </message>
    <message>
        <source>Usage: ttc keys list [--json] | set PROVIDER (key read from stdin) | validate PROVIDER | remove PROVIDER
Providers: %1</source>
        <translation>Uso: ttc keys list [--json] | set PROVIDER (clave leída de stdin) | validate PROVIDER | remove PROVIDER
Proveedores: %1</translation>
    </message>
    <message>
        <source>Keys are read from stdin, never from the command line: printf %s &quot;$KEY&quot; | ttc keys set PROVIDER</source>
        <translation>Las claves se leen de stdin, nunca de la línea de órdenes: printf %s &quot;$KEY&quot; | ttc keys set PROVIDER</translation>
    </message>
    <message>
        <source>Unknown provider &quot;%1&quot;. Providers: %2</source>
        <translation>Proveedor desconocido «%1». Proveedores: %2</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>no establecida</translation>
    </message>
    <message>
        <source>Paste the %1 API key: </source>
        <translation>Pegue la clave de API de %1: </translation>
    </message>
    <message>
        <source>No key on stdin.</source>
        <translation>No hay clave en stdin.</translation>
    </message>
    <message>
        <source>That does not look like an API key (spaces or too long).</source>
        <translation>Eso no parece una clave de API (espacios o demasiado larga).</translation>
    </message>
    <message>
        <source>Stored the %1 key (%2) in the keychain.</source>
        <translation>Se guardó la clave de %1 (%2) en el llavero.</translation>
    </message>
    <message>
        <source>Removed the %1 key from the keychain.</source>
        <translation>Se quitó la clave de %1 del llavero.</translation>
    </message>
    <message>
        <source>ttc: a key for %1 is still set in the environment (%2).</source>
        <translation>ttc: sigue habiendo una clave de %1 en el entorno (%2).</translation>
    </message>
    <message>
        <source>No API key for %1.</source>
        <translation>No hay clave de API para %1.</translation>
    </message>
    <message numerus="yes">
        <source>(%n models)</source>
        <translation>
            <numerusform>(%n modelo)</numerusform>
            <numerusform>(%n modelos)</numerusform>
        </translation>
    </message>
    <message>
        <source>Usage: ttc usage [--json]
Today&apos;s cloud AI requests, the limit and when it resets, the tier, and requests, tokens and estimated cost per provider today and this month.
</source>
        <translation>Uso: ttc usage [--json]
Las solicitudes de IA en la nube de hoy, el límite y cuándo se restablece, el plan, y las solicitudes, tokens y coste estimado por proveedor hoy y este mes.
</translation>
    </message>
    <message>
        <source>Usage: ttc usage [--json]</source>
        <translation>Uso: ttc usage [--json]</translation>
    </message>
    <message>
        <source>Tier: %1 (cloud providers: %2; local servers are unlimited)
</source>
        <translation>Plan: %1 (proveedores en la nube: %2; los servidores locales son ilimitados)
</translation>
    </message>
    <message>
        <source>unlimited</source>
        <translation>ilimitado</translation>
    </message>
    <message>
        <source>no requests</source>
        <translation>sin solicitudes</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s)</source>
        <translation>
            <numerusform>%n solicitud</numerusform>
            <numerusform>%n solicitudes</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 in / %2 out tokens</source>
        <translation>%1 tokens de entrada / %2 de salida</translation>
    </message>
    <message>
        <source>cost unknown</source>
        <translation>coste desconocido</translation>
    </message>
    <message>
        <source>Today (UTC):</source>
        <translation>Hoy (UTC):</translation>
    </message>
    <message>
        <source>This month (UTC):</source>
        <translation>Este mes (UTC):</translation>
    </message>
    <message>
        <source>Usage: ttc history list [--json] [--limit N]
       ttc history show ID [--json]
       ttc history search QUERY [--json] [--limit N]
       ttc history export ID --format md|json [--output FILE]
ID is a session id from `ttc history list`, or its first characters when those are unique.
</source>
        <translation>Uso: ttc history list [--json] [--limit N]
     ttc history show ID [--json]
     ttc history search QUERY [--json] [--limit N]
     ttc history export ID --format md|json [--output FILE]
ID es un id de sesión de `ttc history list`, o sus primeros caracteres si son únicos.
</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>Imprimir JSON.</translation>
    </message>
    <message>
        <source>At most N results.</source>
        <translation>Como máximo N resultados.</translation>
    </message>
    <message>
        <source>md or json.</source>
        <translation>md o json.</translation>
    </message>
    <message>
        <source>Write to FILE.</source>
        <translation>Escribir en FILE.</translation>
    </message>
    <message>
        <source>--limit expects a positive number</source>
        <translation>--limit espera un número positivo</translation>
    </message>
    <message>
        <source>No chats yet.</source>
        <translation>Aún no hay chats.</translation>
    </message>
    <message>
        <source>%1 msgs</source>
        <translation>%1 mens.</translation>
    </message>
    <message>
        <source>No chats yet: there is no session %1.</source>
        <translation>Aún no hay chats: no existe la sesión %1.</translation>
    </message>
    <message>
        <source>No session with id %1.</source>
        <translation>No hay ninguna sesión con el id %1.</translation>
    </message>
    <message>
        <source>No messages match &quot;%1&quot;.</source>
        <translation>Ningún mensaje coincide con «%1».</translation>
    </message>
    <message>
        <source>export needs --format md or --format json</source>
        <translation>export necesita --format md o --format json</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>Exported %1 message(s) to %2</source>
        <translation>Mensajes exportados: %1, a %2</translation>
    </message>
    <message>
        <source>history %1 needs %2</source>
        <translation>history %1 necesita %2</translation>
    </message>
    <message>
        <source>one session ID</source>
        <translation>un ID de sesión</translation>
    </message>
    <message>
        <source>a QUERY</source>
        <translation>una QUERY</translation>
    </message>
    <message>
        <source>unknown history command &quot;%1&quot;</source>
        <translation>orden de history desconocida «%1»</translation>
    </message>
    <message>
        <source>list, show, search and export chat history</source>
        <translation>listar, mostrar, buscar y exportar el historial de chats</translation>
    </message>
    <message>
        <source>local or openai.</source>
        <translation>local u openai.</translation>
    </message>
    <message>
        <source>auto, commands or dictation.</source>
        <translation>auto, commands o dictation.</translation>
    </message>
    <message>
        <source>Cloud model.</source>
        <translation>Modelo en la nube.</translation>
    </message>
    <message>
        <source>A WAV file.</source>
        <translation>Un archivo WAV.</translation>
    </message>
    <message>
        <source>Usage: ttc transcribe FILE.wav [--engine local|openai] [--mode auto|commands|dictation] [--json]
</source>
        <translation>Uso: ttc transcribe FILE.wav [--engine local|openai] [--mode auto|commands|dictation] [--json]
</translation>
    </message>
    <message>
        <source>--mode expects auto, commands or dictation</source>
        <translation>--mode espera auto, commands o dictation</translation>
    </message>
    <message>
        <source>Unknown speech-to-text engine &quot;%1&quot;.</source>
        <translation>Motor de voz a texto desconocido «%1».</translation>
    </message>
    <message>
        <source>local, openai or elevenlabs.</source>
        <translation>local, openai o elevenlabs.</translation>
    </message>
    <message>
        <source>Voice name or id.</source>
        <translation>Nombre o id de la voz.</translation>
    </message>
    <message>
        <source>Speed, 1.0 is normal.</source>
        <translation>Velocidad; 1.0 es la normal.</translation>
    </message>
    <message>
        <source>Write the audio to FILE.</source>
        <translation>Escribir el audio en FILE.</translation>
    </message>
    <message>
        <source>Usage: ttc speak TEXT|- [--engine local|openai|elevenlabs] [--voice V] [--rate R] [--out FILE]
Without --out the audio goes to stdout.
</source>
        <translation>Uso: ttc speak TEXT|- [--engine local|openai|elevenlabs] [--voice V] [--rate R] [--out FILE]
Sin --out el audio va a stdout.
</translation>
    </message>
    <message>
        <source>Cannot read standard input.</source>
        <translation>No se puede leer la entrada estándar.</translation>
    </message>
    <message>
        <source>--rate expects a positive number</source>
        <translation>--rate espera un número positivo</translation>
    </message>
    <message>
        <source>Refusing to write audio to a terminal: use --out FILE or a pipe.</source>
        <translation>No se escribe audio en una terminal: use --out FILE o una tubería.</translation>
    </message>
    <message>
        <source>Unknown text-to-speech engine &quot;%1&quot;.</source>
        <translation>Motor de texto a voz desconocido «%1».</translation>
    </message>
    <message>
        <source>speech to text from a WAV file (offline or OpenAI)</source>
        <translation>voz a texto desde un archivo WAV (sin conexión u OpenAI)</translation>
    </message>
    <message>
        <source>text to speech into a file (offline, OpenAI or ElevenLabs)</source>
        <translation>texto a voz en un archivo (sin conexión, OpenAI o ElevenLabs)</translation>
    </message>
    <message>
        <source>ttc: the usage of this request could not be recorded
</source>
        <translation>ttc: no se pudo registrar el uso de esta solicitud
</translation>
    </message>
    <message>
        <source>Usage: ttc preview URL [--json] [--screenshot FILE.png] [--no-cache]
Fetches an http(s) page and prints its title, site, description, reading time and an extractive
summary (--json: url, final_url, status, title, site_name, description, byline, published, lang,
favicon, image, reading_minutes, summary, main_text). Previews are cached for 24 hours in the profile;
--no-cache neither reads nor writes the cache. --screenshot renders the page with ttc-render (part of
the GUI build), installed next to ttc.
Exit codes: 0 ok, 1 local error (no ttc-render, rendering failed), 2 usage or a link that is not
http(s), 6 network (unreachable, timeout, redirect loop or too many redirects),
7 the site answered with an HTTP error or something that is not a web page, image or PDF.
</source>
        <translation>Uso: ttc preview URL [--json] [--screenshot FILE.png] [--no-cache]
Obtiene una página http(s) e imprime su título, sitio, descripción, tiempo de lectura y un resumen
extractivo (--json: url, final_url, status, title, site_name, description, byline, published, lang,
favicon, image, reading_minutes, summary, main_text). Las vistas previas se guardan en caché 24 horas
en el perfil; --no-cache ni lee ni escribe la caché. --screenshot representa la página con ttc-render
(parte de la compilación con interfaz gráfica), instalado junto a ttc.
Códigos de salida: 0 correcto, 1 error local (sin ttc-render, falló la representación), 2 uso o un
enlace que no es http(s), 6 red (inaccesible, tiempo agotado, bucle de redirecciones o demasiadas
redirecciones), 7 el sitio respondió con un error HTTP o con algo que no es una página web, imagen ni PDF.
</translation>
    </message>
    <message>
        <source>less than a minute</source>
        <translation>menos de un minuto</translation>
    </message>
    <message numerus="yes">
        <source>%n min read</source>
        <translation>
            <numerusform>%n min de lectura</numerusform>
            <numerusform>%n min de lectura</numerusform>
        </translation>
    </message>
    <message>
        <source>Also save a rendering of the page.</source>
        <translation>Guardar también una representación de la página.</translation>
    </message>
    <message>
        <source>Neither read nor write the preview cache.</source>
        <translation>No leer ni escribir la caché de vistas previas.</translation>
    </message>
    <message>
        <source>cannot preview &quot;%1&quot;: %2</source>
        <translation>no se puede previsualizar «%1»: %2</translation>
    </message>
    <message>
        <source>--screenshot needs a file name</source>
        <translation>--screenshot necesita un nombre de archivo</translation>
    </message>
    <message>
        <source>--screenshot needs ttc-render (built with the GUI)</source>
        <translation>--screenshot necesita ttc-render (se compila con la interfaz gráfica)</translation>
    </message>
    <message>
        <source>the database could not be opened</source>
        <translation>no se pudo abrir la base de datos</translation>
    </message>
    <message>
        <source>ttc-render could not render the page%1</source>
        <translation>ttc-render no pudo representar la página%1</translation>
    </message>
    <message>
        <source>Summary: %1</source>
        <translation>Resumen: %1</translation>
    </message>
    <message>
        <source>Screenshot: %1</source>
        <translation>Captura de pantalla: %1</translation>
    </message>
    <message>
        <source>ttc: the history database was damaged; it was kept as %1 and a new one was created
</source>
        <translation>ttc: la base de datos del historial estaba dañada; se conservó como %1 y se creó una nueva
</translation>
    </message>
</context>
<context>
    <name>ttc::keys</name>
    <message>
        <source>valid</source>
        <translation>válida</translation>
    </message>
    <message>
        <source>invalid</source>
        <translation>no válida</translation>
    </message>
    <message>
        <source>not verified</source>
        <translation>no verificada</translation>
    </message>
    <message>
        <source>not checked</source>
        <translation>no comprobada</translation>
    </message>
    <message>
        <source>No keychain is available (on Linux: a Secret Service such as GNOME Keyring or KWallet). The key can be kept for this session only.</source>
        <translation>No hay ningún llavero disponible (en Linux: un Secret Service como GNOME Keyring o KWallet). La clave solo se puede conservar durante esta sesión.</translation>
    </message>
    <message>
        <source>Access to the keychain was denied.</source>
        <translation>Se denegó el acceso al llavero.</translation>
    </message>
    <message>
        <source>The keychain reported an error: %1</source>
        <translation>El llavero informó de un error: %1</translation>
    </message>
</context>
<context>
    <name>ttc::keys::KeyValidator</name>
    <message>
        <source>Unknown provider.</source>
        <translation>Proveedor desconocido.</translation>
    </message>
    <message>
        <source>Could not reach the provider to check the key.</source>
        <translation>No se pudo contactar con el proveedor para comprobar la clave.</translation>
    </message>
    <message>
        <source>ElevenLabs rejected the API key.</source>
        <translation>ElevenLabs rechazó la clave de API.</translation>
    </message>
    <message>
        <source>ElevenLabs answered HTTP %1.</source>
        <translation>ElevenLabs respondió HTTP %1.</translation>
    </message>
</context>
<context>
    <name>ttc::preview::FetchJob</name>
    <message>
        <source>The page did not answer within %1 s.</source>
        <translation>La página no respondió en %1 s.</translation>
    </message>
    <message>
        <source>Could not load %1: %2</source>
        <translation>No se pudo cargar %1: %2</translation>
    </message>
    <message>
        <source>The page redirected without saying where to.</source>
        <translation>La página redirigió sin indicar adónde.</translation>
    </message>
    <message>
        <source>The page redirected to something that is not a web page.</source>
        <translation>La página redirigió a algo que no es una página web.</translation>
    </message>
    <message>
        <source>The page redirects in a loop.</source>
        <translation>La página redirige en bucle.</translation>
    </message>
    <message>
        <source>The page redirected more than %1 times.</source>
        <translation>La página redirigió más de %1 veces.</translation>
    </message>
    <message>
        <source>The server answered %1 %2.</source>
        <translation>El servidor respondió %1 %2.</translation>
    </message>
    <message>
        <source>This link leads to a file of type %1, not a web page.</source>
        <translation>Este enlace lleva a un archivo de tipo %1, no a una página web.</translation>
    </message>
    <message>
        <source>The image is larger than %1 KiB.</source>
        <translation>La imagen ocupa más de %1 KiB.</translation>
    </message>
    <message>
        <source>This link leads to a file of type %1, not an image.</source>
        <translation>Este enlace lleva a un archivo de tipo %1, no a una imagen.</translation>
    </message>
    <message>
        <source>The page redirected to %1, which is not fetched.</source>
        <translation>La página redirige a %1, que no se descarga.</translation>
    </message>
</context>
<context>
    <name>ttc::preview::PageFetcher</name>
    <message>
        <source>Only http and https pages can be fetched.</source>
        <translation>Solo se pueden obtener páginas http y https.</translation>
    </message>
</context>
<context>
    <name>ttc::preview::PreviewService</name>
    <message>
        <source>PDF document</source>
        <translation>Documento PDF</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Imagen</translation>
    </message>
    <message>
        <source>%1 image</source>
        <translation>Imagen %1</translation>
    </message>
    <message>
        <source>This site icon could not be loaded before.</source>
        <translation>Este icono del sitio ya no se pudo cargar antes.</translation>
    </message>
    <message>
        <source>The site icon is empty.</source>
        <translation>El icono del sitio está vacío.</translation>
    </message>
    <message>
        <source>This link leads to a site previews are turned off for.</source>
        <translation>Este enlace lleva a un sitio con las vistas previas desactivadas.</translation>
    </message>
</context>
<context>
    <name>ttc::providers</name>
    <message>
        <source>No API key for %1. Add one with `ttc keys set %2` or in API Keys… in the tray menu.</source>
        <translation>No hay clave de API para %1. Añada una con `ttc keys set %2` o en Claves de API… en el menú de la bandeja.</translation>
    </message>
    <message>
        <source>%1 rejected the API key. Check or replace it (API Keys… in the tray menu, or `ttc keys set`).</source>
        <translation>%1 rechazó la clave de API. Compruébela o sustitúyala (Claves de API… en el menú de la bandeja, o `ttc keys set`).</translation>
    </message>
    <message>
        <source>%1 refused access: the key has no permission for this model or region.</source>
        <translation>%1 denegó el acceso: la clave no tiene permiso para este modelo o región.</translation>
    </message>
    <message>
        <source>Your %1 account has no credit or quota left. Check its plan and billing.</source>
        <translation>Su cuenta de %1 no tiene crédito ni cuota. Compruebe su plan y su facturación.</translation>
    </message>
    <message>
        <source>%1 is rate limiting requests. Try again in a moment.</source>
        <translation>%1 está limitando la frecuencia de solicitudes. Inténtelo de nuevo en un momento.</translation>
    </message>
    <message>
        <source>%1 is overloaded right now. Try again in a moment.</source>
        <translation>%1 está sobrecargado en este momento. Inténtelo de nuevo en un momento.</translation>
    </message>
    <message>
        <source>The conversation is too long for this model. Start a new chat or pick a model with a larger context.</source>
        <translation>La conversación es demasiado larga para este modelo. Empiece un chat nuevo o elija un modelo con un contexto mayor.</translation>
    </message>
    <message>
        <source>%1 does not know this model. Pick another one.</source>
        <translation>%1 no conoce este modelo. Elija otro.</translation>
    </message>
    <message>
        <source>%1 did not accept the request.</source>
        <translation>%1 no aceptó la solicitud.</translation>
    </message>
    <message>
        <source>Cannot reach %1. Check the network connection or the base URL.</source>
        <translation>No se puede contactar con %1. Compruebe la conexión de red o la URL base.</translation>
    </message>
    <message>
        <source>%1 did not answer in time.</source>
        <translation>%1 no respondió a tiempo.</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Detenido.</translation>
    </message>
    <message>
        <source>%1 sent an answer that could not be read; the part received so far is kept.</source>
        <translation>%1 envió una respuesta que no se pudo leer; se conserva la parte recibida hasta ahora.</translation>
    </message>
    <message>
        <source>The answer from %1 was too large; the part received so far is kept.</source>
        <translation>La respuesta de %1 era demasiado grande; se conserva la parte recibida hasta ahora.</translation>
    </message>
    <message>
        <source>%1 is not included in your plan.</source>
        <translation>%1 no está incluido en su plan.</translation>
    </message>
    <message>
        <source>Today&apos;s cloud AI requests are used up.</source>
        <translation>Se han agotado las solicitudes de IA en la nube de hoy.</translation>
    </message>
    <message>
        <source>No local model server found on localhost:11434 (Ollama) or localhost:8080 (llama.cpp). Start one or give its address with --base-url.</source>
        <translation>No se encontró ningún servidor de modelos local en localhost:11434 (Ollama) ni en localhost:8080 (llama.cpp). Inicie uno o indique su dirección con --base-url.</translation>
    </message>
    <message>
        <source>%1 reported an error.</source>
        <translation>%1 informó de un error.</translation>
    </message>
    <message>
        <source>It said: %1</source>
        <translation>Mensaje: %1</translation>
    </message>
    <message>
        <source>(HTTP %1)</source>
        <translation>(HTTP %1)</translation>
    </message>
</context>
<context>
    <name>ttc::voice</name>
    <message>
        <source>Cloud voice is not set up in this program.</source>
        <translation>La voz en la nube no está configurada en este programa.</translation>
    </message>
    <message>
        <source>Cloud voice (OpenAI transcription and speech, ElevenLabs) is part of the Pro plan, and this profile is on the %1 plan. Offline voice works on every plan: choose the offline engine (--engine local).</source>
        <translation>La voz en la nube (transcripción y voz de OpenAI, ElevenLabs) forma parte del plan Pro, y este perfil está en el plan %1. La voz sin conexión funciona en todos los planes: elija el motor sin conexión (--engine local).</translation>
    </message>
    <message>
        <source>Free</source>
        <translation>Free</translation>
    </message>
    <message>
        <source>OpenAI transcription</source>
        <translation>Transcripción de OpenAI</translation>
    </message>
    <message>
        <source>OpenAI speech</source>
        <translation>Voz de OpenAI</translation>
    </message>
    <message>
        <source>ElevenLabs</source>
        <translation>ElevenLabs</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelado.</translation>
    </message>
    <message>
        <source>Offline (pocketsphinx)</source>
        <translation>Sin conexión (pocketsphinx)</translation>
    </message>
    <message>
        <source>Offline (flite)</source>
        <translation>Sin conexión (flite)</translation>
    </message>
    <message>
        <source>Not a usable WAV file: %1</source>
        <translation>No es un archivo WAV utilizable: %1</translation>
    </message>
    <message>
        <source>no RIFF/WAVE header</source>
        <translation>no hay cabecera RIFF/WAVE</translation>
    </message>
    <message>
        <source>no fmt chunk</source>
        <translation>no hay fragmento fmt</translation>
    </message>
    <message>
        <source>no data chunk</source>
        <translation>no hay fragmento data</translation>
    </message>
    <message>
        <source>%1 channels at %2 Hz</source>
        <translation>%1 canales a %2 Hz</translation>
    </message>
    <message>
        <source>format %1 with %2 bits is not PCM</source>
        <translation>el formato %1 con %2 bits no es PCM</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
</context>
<context>
    <name>ttc::voice::Flite</name>
    <message>
        <source>Nothing to say.</source>
        <translation>Nada que decir.</translation>
    </message>
    <message>
        <source>Unknown offline voice &quot;%1&quot;; voices: %2.</source>
        <translation>Voz sin conexión desconocida «%1»; voces: %2.</translation>
    </message>
    <message>
        <source>The offline voice could not say that.</source>
        <translation>La voz sin conexión no pudo decir eso.</translation>
    </message>
</context>
<context>
    <name>ttc::voice::PocketSphinxDecoder</name>
    <message>
        <source>The offline speech model is missing (%1). Install the package pocketsphinx-en-us.</source>
        <translation>Falta el modelo de voz sin conexión (%1). Instale el paquete pocketsphinx-en-us.</translation>
    </message>
    <message>
        <source>The offline speech recognizer could not read its settings.</source>
        <translation>El reconocedor de voz sin conexión no pudo leer su configuración.</translation>
    </message>
    <message>
        <source>The offline speech recognizer could not load its model.</source>
        <translation>El reconocedor de voz sin conexión no pudo cargar su modelo.</translation>
    </message>
    <message>
        <source>The offline speech recognizer rejected the command grammar.</source>
        <translation>El reconocedor de voz sin conexión rechazó la gramática de órdenes.</translation>
    </message>
    <message>
        <source>The offline speech recognizer could not start.</source>
        <translation>El reconocedor de voz sin conexión no pudo iniciarse.</translation>
    </message>
</context>
</TS>
