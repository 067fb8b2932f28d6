/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "unknot-preferences-window.h"

struct _UnknotPreferencesWindow
{
  AdwPreferencesWindow  parent_instance;

  GSettings            *settings;

  GtkAdjustment        *hold_adjustment;
  GtkAdjustment        *reps_adjustment;
  GtkAdjustment        *position_adjustment;
  GtkAdjustment        *search_adjustment;
  GtkAdjustment        *release_adjustment;
  GtkSwitch            *timed_search_switch;
  GtkSwitch            *sound_switch;
  GtkSwitch            *zones_switch;
  GtkSwitch            *notifications_switch;
  GtkSwitch            *history_switch;
  GtkWidget            *search_row;
  GtkSwitch            *roller_switch;
  GtkSwitch            *ball_switch;
  GtkSwitch            *stick_switch;
};

/* The "tools" key as one switch per tool */
static const struct {
  const char *id;
  gsize       offset;
} tool_switches[] = {
  { "roller", G_STRUCT_OFFSET (UnknotPreferencesWindow, roller_switch) },
  { "ball", G_STRUCT_OFFSET (UnknotPreferencesWindow, ball_switch) },
  { "stick", G_STRUCT_OFFSET (UnknotPreferencesWindow, stick_switch) },
};

G_DEFINE_FINAL_TYPE (UnknotPreferencesWindow, unknot_preferences_window,
                     ADW_TYPE_PREFERENCES_WINDOW)

enum {
  PROP_0,
  PROP_SETTINGS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

UnknotPreferencesWindow *
unknot_preferences_window_new (GtkWindow *transient_for,
                               GSettings *settings)
{
  g_return_val_if_fail (G_IS_SETTINGS (settings), NULL);

  return g_object_new (UNKNOT_TYPE_PREFERENCES_WINDOW,
                       "transient-for", transient_for,
                       "settings", settings,
                       NULL);
}

static void
on_tool_switch_toggled (UnknotPreferencesWindow *self)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_auto(GStrv) tools = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (tool_switches); i++)
    {
      if (gtk_switch_get_active (G_STRUCT_MEMBER (GtkSwitch *, self, tool_switches[i].offset)))
        g_strv_builder_add (builder, tool_switches[i].id);
    }

  tools = g_strv_builder_end (builder);
  g_settings_set_strv (self->settings, "tools", (const char * const *) tools);
}

static void
unknot_preferences_window_bind_tools (UnknotPreferencesWindow *self)
{
  g_auto(GStrv) tools = g_settings_get_strv (self->settings, "tools");

  for (guint i = 0; i < G_N_ELEMENTS (tool_switches); i++)
    {
      GtkSwitch *tool_switch = G_STRUCT_MEMBER (GtkSwitch *, self, tool_switches[i].offset);

      gtk_switch_set_active (tool_switch,
                             g_strv_contains ((const char * const *) tools, tool_switches[i].id));
      g_signal_connect_object (tool_switch, "notify::active",
                               G_CALLBACK (on_tool_switch_toggled), self, G_CONNECT_SWAPPED);
    }
}

static void
unknot_preferences_window_bind (UnknotPreferencesWindow *self)
{
  static const struct {
    const char *key;
    gsize       offset;
    const char *property;
  } bindings[] = {
    { "hold-seconds", G_STRUCT_OFFSET (UnknotPreferencesWindow, hold_adjustment), "value" },
    { "reps", G_STRUCT_OFFSET (UnknotPreferencesWindow, reps_adjustment), "value" },
    { "position-seconds", G_STRUCT_OFFSET (UnknotPreferencesWindow, position_adjustment), "value" },
    { "search-seconds", G_STRUCT_OFFSET (UnknotPreferencesWindow, search_adjustment), "value" },
    { "release-seconds", G_STRUCT_OFFSET (UnknotPreferencesWindow, release_adjustment), "value" },
    { "timed-search", G_STRUCT_OFFSET (UnknotPreferencesWindow, timed_search_switch), "active" },
    { "sound-cues", G_STRUCT_OFFSET (UnknotPreferencesWindow, sound_switch), "active" },
    { "show-zones", G_STRUCT_OFFSET (UnknotPreferencesWindow, zones_switch), "active" },
    { "notifications", G_STRUCT_OFFSET (UnknotPreferencesWindow, notifications_switch), "active" },
    { "keep-history", G_STRUCT_OFFSET (UnknotPreferencesWindow, history_switch), "active" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (bindings); i++)
    {
      GObject *target = G_STRUCT_MEMBER (GObject *, self, bindings[i].offset);

      g_settings_bind (self->settings, bindings[i].key, target, bindings[i].property,
                       G_SETTINGS_BIND_DEFAULT);
    }

  g_settings_bind (self->settings, "timed-search", self->search_row, "sensitive",
                   G_SETTINGS_BIND_GET);
  unknot_preferences_window_bind_tools (self);
}

static void
unknot_preferences_window_constructed (GObject *object)
{
  UnknotPreferencesWindow *self = UNKNOT_PREFERENCES_WINDOW (object);

  G_OBJECT_CLASS (unknot_preferences_window_parent_class)->constructed (object);

  unknot_preferences_window_bind (self);
}

static void
unknot_preferences_window_set_property (GObject      *object,
                                        guint         prop_id,
                                        const GValue *value,
                                        GParamSpec   *pspec)
{
  UnknotPreferencesWindow *self = UNKNOT_PREFERENCES_WINDOW (object);

  switch (prop_id)
    {
    case PROP_SETTINGS:
      self->settings = g_value_dup_object (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
unknot_preferences_window_dispose (GObject *object)
{
  UnknotPreferencesWindow *self = UNKNOT_PREFERENCES_WINDOW (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), UNKNOT_TYPE_PREFERENCES_WINDOW);
  g_clear_object (&self->settings);

  G_OBJECT_CLASS (unknot_preferences_window_parent_class)->dispose (object);
}

static void
unknot_preferences_window_class_init (UnknotPreferencesWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = unknot_preferences_window_constructed;
  object_class->dispose = unknot_preferences_window_dispose;
  object_class->set_property = unknot_preferences_window_set_property;

  properties[PROP_SETTINGS] =
    g_param_spec_object ("settings", NULL, NULL,
                         G_TYPE_SETTINGS,
                         G_PARAM_WRITABLE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PATH "/unknot-preferences-window.ui");
  gtk_widget_class_bind_template_child (widget_class, UnknotPreferencesWindow, hold_adjustment);
  gtk_widget_class_bind_template_child (widget_class, UnknotPreferencesWindow, reps_adjustment);
  gtk_widget_class_bind_template_child (widget_class, UnknotPreferencesWindow, position_adjustment);
  gtk_widget_class_bind_template_child (widget_class, UnknotPreferencesWindow, search_adjustment);
  gtk_widget_class_bind_template_child (widget_class, UnknotPreferencesWindow, release_adjustment);
  gtk_widget_class_bind_template_child (widget_class, UnknotPreferencesWindow, timed_search_switch);
  gtk_widget_class_bind_template_child (widget_class, UnknotPreferencesWindow, sound_switch);
  gtk_widget_class_bind_template_child (widget_class, UnknotPreferencesWindow, zones_switch);
  gtk_widget_class_bind_template_child (widget_class, UnknotPreferencesWindow,
                                        notifications_switch);
  gtk_widget_class_bind_template_child (widget_class, UnknotPreferencesWindow, search_row);
  gtk_widget_class_bind_template_child (widget_class, UnknotPreferencesWindow, roller_switch);
  gtk_widget_class_bind_template_child (widget_class, UnknotPreferencesWindow, ball_switch);
  gtk_widget_class_bind_template_child (widget_class, UnknotPreferencesWindow, stick_switch);
  gtk_widget_class_bind_template_child (widget_class, UnknotPreferencesWindow, history_switch);
}

static void
unknot_preferences_window_init (UnknotPreferencesWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}
